// What hurt the user is the story's background ("my knee got wrecked from a heel hook … want to work on
// butterfly sweeps"); "anyway" opening a clause turns to whatever follows; French elision ("pas
// d'omoplata") and the back ("j'ai le dos", "comment je m'en sors"); chat names ("wristy", "sidey", "tri
// game"); how people do a move asks the move; a guard smashed is a guard to keep.
import { readsAs } from './topic-cases';

readsAs('hurt by, turns, French, chat names', [
  [
    'my knee got wrecked from a heel hook last year so im finally back and want to work on my butterfly guard sweeps',
    ['butterfly_guard', 'sweep'],
  ],
  [
    'shoulder still banged up after some dude cranked a kimura on me tuesday so chill stuff only, wanna work on keeping my closed guard from getting passed',
    ['closed_guard', 'guard_retention'],
  ],
  ['that kimura popped my elbow last month, chokes from mount please', ['mount']],
  ['got subbed by a heel hook last class lol anyway, x guard sweeps', ['x_guard', 'sweep']],
  ['he sat in my mount like 5 min, not even mad tho. anyway ezekiel choke vids plz', ['ezekiel']],
  [
    'got tapped by a triangle in my last match, whatever, today i want spider guard sweeps in the gi',
    ['spider_guard', 'sweep', 'gi'],
  ],
  ['got triangled in my last match but thats done, rn i just need better takedowns for gi', ['takedown', 'gi']],
  ['the baseball bat choke from knee on belly or side', ['baseball_choke', 'knee_on_belly', 'side_control']],
  ["pas d'omoplata, juste triangle et clé de bras de la garde fermée", ['triangle', 'armbar', 'closed_guard']],
  ["rear naked choke quand j'ai le dos, en kimono svp", ['rear_naked_choke', 'back_control', 'gi']],
  ["il a mon dos avec les deux crochets, comment je m'en sors", ['back_control', 'back_control_escape']],
  ["n'importe quoi sauf la lutte, je veux apprendre à attaquer du dos", ['back_control']],
  ['comment sortir du dos', ['back_control', 'back_control_escape']],
  ["j'ai passé la soirée à balayer le plancher du dojo après le cours lol", []],
  ['mon coach dit que ma garde se fait passer trop facilement, vous avez des vidéos pour ça?', ['guard_retention']],
  ['how to hit a sneaky wristy from closed guard', ['wristlock', 'closed_guard']],
  ['getting smashed in sidey, how do i get out', ['side_control', 'side_control_escape']],
  ['need help w my tri game, locking it up from guard', ['triangle']],
  [
    'i want to learn the darce from on top of half guard, or when people turtle on me',
    ['darce', 'half_guard', 'turtle'],
  ],
  ['i keep eatin anacondas', ['anaconda', 'anaconda_defense']],
  ['how do ppl get the back off reverse dlr?', ['back_take', 'reverse_de_la_riva']],
  ['getting my guard smashed every roll by the heavy blues', ['guard_retention']],
  ['my guard gets crushed by big guys', ['guard_retention']],
  // controls: the same words where they read as before
  ['my knee got wrecked from a heel hook, how do i defend heel hooks', ['heel_hook', 'heel_hook_defense']],
  ['my elbow is still sore from an armbar', ['armbar']],
  ['is there anyway to escape mount', ['mount', 'mount_escape']],
  [
    'the choke from turtle with the collar, the clock choke? anyway the other question is how to finish the loop choke',
    ['turtle', 'loop_choke'],
  ],
  ["d'arce from side", ['darce', 'side_control']],
  ["j'ai mal du dos depuis lundi", []],
  ['how do people always pass me so easily', ['guard_retention']],
]);
