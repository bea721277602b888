import { readsAs } from './topic-cases';

readsAs('German and Polish: ruled out, done to the user, ways out', [
  ['passing videos bitte, aber keine beinhebel und kein heel hook zeug', ['guard_passing']],
  ['nicht schon wieder berimbolo!! einfach normale de la riva sweeps', ['de_la_riva', 'sweep']],
  ['nie chcę więcej gilotyn, pokaż darse z front headlocka', ['darce']],
  ['bez dźwigni na nogi proszę, balacha z dosiadu', ['armbar', 'mount']],
  ['die blauen gurte nehmen mir ständig den rücken, was mach ich falsch', ['back_take', 'back_take_defense']],
  [
    'wenn ich die butterfly passe werd ich jedes mal gesweept',
    ['butterfly_guard', 'guard_passing', 'sweep', 'sweep_defense'],
  ],
  [
    'einer holt mich immer mit baseball choke aus der seitkontrolle',
    ['baseball_choke', 'baseball_choke_defense', 'side_control'],
  ],
  ['w żółwiu jestem cały czas i nie wiem jak wyjść', ['turtle', 'turtle_escape']],
  ['back take aus turtle gegen jemand viel stärkeren', ['back_take', 'turtle']],
  ['ciągle mnie łapią na gilotynę jak wchodzę w obalenie', ['guillotine', 'takedown', 'guillotine_defense']],
  // controls: a belt, a weight, homework
  ['hat wer nen alten blauen gürtel zu verschenken', []],
  ['bin 58 kilo, wie passe ich gegen 100 kilo leute', ['guard_passing']],
  ['kann wer mathe? meine tochter muss ein dreieck berechnen lol', []],
  ['dreieck aus der guard', ['triangle']],
]);

readsAs('Tagalog and Indonesian: ruled out, stuck under, caught', [
  ['hindi kimura ha, americana from side control yung hinahanap ko', ['americana', 'side_control']],
  ['tolong jangan guillotine lagi, saya mau belajar darce aja', ['darce']],
  ['ayoko na ng deep half, lagi akong nafa-flatten. other half guard options?', ['half_guard']],
  ['wag na yung triangle, alam ko na. armbar naman galing closed guard', ['armbar', 'closed_guard']],
  ['naiipit ako sa ilalim ng side control ng mga heavy', ['side_control', 'side_control_escape']],
  ['saya sering kena guillotine waktu shoot, gimana cara bertahan', ['guillotine', 'guillotine_defense']],
]);

readsAs('the defence ruled out, the user’s own asked; who is turtled; a sport compared', [
  ['i dont want triangle defence, i want to actually finish mine for once lol', ['triangle']],
  ['not looking for armbar escapes, i want to finish MY armbar when they stack me', ['armbar']],
  ['no triangle defence pls, how do i finish my triangle', ['triangle']],
  ['everyone defends my rnc', ['rear_naked_choke']],
  ['anaconda when the guy is turtled and i have the front headlock', ['anaconda', 'turtle']],
  ['stuck in turtle alot bc of wrestling habits', ['turtle', 'turtle_escape']],
  ['tilt from turtle top like in wrestling but finishing in back control', ['turtle', 'back_control']],
]);
