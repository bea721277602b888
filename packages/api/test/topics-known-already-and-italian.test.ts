// What the user already knows, told before what they want next ("i only know the mata leão, wanna
// learn the ezequiel next"); Italian ("come uscire dalla tartaruga", "tranne l'americana", "mi passano
// la guardia", "ho montato la tv"); Korean romanized names; game plans ("go to his back", "go straight
// arm"); a worry of what a sweep gets the user into; "the other fellow" escaping the user's attack.
import { readsAs } from './topic-cases';

readsAs('known already, Italian, game plans', [
  ['i only know the mata leão, wanna learn the ezequiel next', ['ezekiel']],
  ['got the tripod sweep down, now i want to learn the toreando', ['guard_passing']],
  [
    'been doing armbars for months, think im ready to learn the bow and arrow choke from the back',
    ['bow_and_arrow', 'back_control'],
  ],
  [
    'i train gi only and already know the cross collar from mount, is the loop choke a good next one in the kimono?',
    ['gi', 'loop_choke'],
  ],
  ['come uscire dalla tartaruga', ['turtle', 'turtle_escape']],
  ["qualsiasi finalizzazione dalla montata tranne l'americana", ['mount']],
  [
    'tutti mi prendono la schiena appena vado in tartaruga, come lo evito?',
    ['back_take', 'back_take_defense', 'turtle'],
  ],
  ['le cinture blu mi passano sempre la guardia, come la tengo?', ['guard_retention']],
  ['ho montato la tv nuova in salotto, stasera mi guardo video di ghigliottina', ['guillotine']],
  ['rnc dalla back, quelle robe base', ['rear_naked_choke', 'back_control']],
  ['brabo dalla mezza', ['darce', 'half_guard']],
  ['mi hanno preso la schiena con i due ganci e non riesco a uscire', ['back_control', 'back_control_escape']],
  ['passaggi di guardia ma niente leg lock per favore, non mi interessano', ['guard_passing']],
  ['teuraianggeul from closed guard eotteoke setup?? video jom', ['triangle', 'closed_guard']],
  ['if he sprawls on my shot i want to go to his back', ['takedown', 'back_take']],
  ['if the rnc aint there i wanna go straight arm from the back', ['armbar', 'back_control']],
  ['need chill sweeps from half that dont get me smashed', ['sweep', 'half_guard']],
  ['show me the omoplata and what to do when the other fellow rolls out of it', ['omoplata']],
]);
