import { readsAs } from './topic-cases';

readsAs('closed guard openings said as a name are passing it', [
  ['any good standing closed guard openings in the gi?', ['closed_guard', 'gi', 'guard_passing']],
  ['closed guard breaks from standing', ['closed_guard', 'standing', 'guard_passing']],
  // controls: the user's own guard opened
  ['my closed guard breaks too easily', ['closed_guard']],
  // (the opponent standing up is the moment, not standing asked: topics/opponent-stands.ts)
  ['they keep standing up and breaking my closed guard open', ['closed_guard']],
]);
