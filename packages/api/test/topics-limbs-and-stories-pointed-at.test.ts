import { readsAs } from './topic-cases';

readsAs('a limb kept safe defends the lock or choke on it, not the guard it is in', [
  ['a wristlock from spider guard, how do i protect my wrists', ['wristlock', 'wristlock_defense', 'spider_guard']],
  ['heel hooks in nogi. how do i keep my heels safe', ['heel_hook', 'heel_hook_defense', 'no-gi']],
  ['how do i keep my arm safe in closed guard', ['closed_guard']],
  // control: a pin the limb is kept safe in is still escaped
  ['how do i keep my neck safe in back control', ['back_control', 'back_control_escape']],
]);
