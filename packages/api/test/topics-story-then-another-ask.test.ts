// A story then a question: "also got caught in …" is more of the story, not a second ask; a question
// off the mat (recovery, gear, nerves) after a story of techniques asks none of them.
import { readsAs } from './topic-cases';

readsAs('a story, then a question of its own', [
  [
    'rolled with a wrestler tonight and he shut down my single leg every single time, also got caught in a guillotine once. how do i finish my takedowns on guys who sprawl hard',
    ['takedown'],
  ],
  [
    'comp class tonight, tons of takedowns and passing drills. my legs are toast and i have a wedding this weekend. whats the best way to recover between hard sessions',
    [],
  ],
  [
    'our gym flooded last night and we spent the whole class sweeping water off the mats. how do we dry the tatami fast so nobody gets ringworm?',
    [],
  ],
  // controls: a question that points back at the story keeps its technique, and "also" that asks still asks
  ['drilled armbars from mount tonight. any tips on finishing it?', ['armbar', 'mount']],
  [
    'we drilled knee cuts tonight. also how do i stop the kimura from half guard?',
    ['guard_passing', 'kimura', 'kimura_defense', 'half_guard'],
  ],
]);
