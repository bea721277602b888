import { readsAs } from './topic-cases';

readsAs('a submission "from the side" is done from side control', [
  ['kimuras from the side', ['kimura', 'side_control']],
  [
    'a purple belt got me in a baseball choke from the side, how do i defend it',
    ['baseball_choke', 'baseball_choke_defense', 'side_control'],
  ],
  // controls: a takedown's angle, a submission ruled out
  ['single leg from the side', ['takedown']],
  ['no kimuras from the side, armbars from mount', ['armbar', 'mount']],
]);
