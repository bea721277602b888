// Names said into a phone ("come Euro", "a merry Kana", "gill a teen", "dark say", "spy door guard",
// "arm bar from the mouth") or spelled as said ("rear necked", "retenshun", "omma plata", "esc"):
// data in the alias table, as the labelled messy lines write them.
import { readsAs } from './topic-cases';

readsAs('names said into a phone or spelled as said', [
  ['hi can you find me some videos on the come Euro from half card cheers', ['kimura', 'half_guard']],
  ['a merry Kana from side control, is that how u spell it', ['americana', 'side_control']],
  ['gill a teen from half god (voice to text sorry lads, half GUARD)', ['guillotine', 'half_guard']],
  ['dark say choke from the turtle', ['darce', 'turtle']],
  ['rear necked choke', ['rear_naked_choke']],
  ['bwo and arrow the collar grip keeps slipping outta my hand, we do gi mon/wed', ['bow_and_arrow', 'gi']],
  ['guard retenshun drills pls coach', ['guard_retention']],
  ['omma plata pls my 3rd stripe depends on it apparently', ['omoplata']],
  ['Arm bar from the mouth', ['armbar', 'mount']],
  ['sidecontrol esc plz coach', ['side_control', 'side_control_escape']],
  [
    'guard retention vs the toriyando pass and also how to pass the spy door guard',
    ['guard_retention', 'guard_passing', 'spider_guard'],
  ],
]);
