// The ones the user teaches to escape are the user's side; pretending to be a horse is no riding; a
// story set aside ("anyway not about that") is not asked; a back that "can't handle" shooting in rules
// it out; "the side position" is side control; an ankle locked over one's own shin and a failed
// takedown before a scramble are no topics.
// A question that names its place and goes "to the armbar from there" is asked from the place it names.
import { readsAs } from './topic-cases';

readsAs('the ones the user teaches escape', [
  ['i just want a fun way to teach them to escape mount', ['mount', 'mount_escape']],
  ['how do i teach them to escape side control', ['side_control', 'side_control_escape']],
  // control: the opponent escaping
  ['how do i stop them escaping mount', ['mount']],
]);

readsAs('pretending to be an animal is no other activity', [
  [
    'i want a fun way to teach them to escape mount, they love pretending to be a bucking horse',
    ['mount', 'mount_escape'],
  ],
  // control: riding horses
  ['i ride horses on weekends, mount escapes?', []],
]);

readsAs('a story set aside', [
  [
    "my son wants to mount a tv on his bedroom wall and keeps saying mount like its a jiu jitsu thing 😂 anyway not about that. what's a good kimono for a growing kid?",
    ['gi'],
  ],
]);

readsAs("a back that can't handle it", [
  [
    "no wrestling takedowns please, my back can't handle shooting in. are there any judo throws that are easier on the body",
    ['throw'],
  ],
]);

readsAs('the side position', [
  [
    "someone told me the 'keylock' is the same thing as the paintbrush? i'd like to learn it from the side position",
    ['americana', 'side_control'],
  ],
]);

readsAs("the user's own body, no lock", [
  [
    "my own triangle never finishes, my legs are short and i can't get my ankle locked over my shin. any tips?",
    ['triangle'],
  ],
  [
    'i keep ending up on my hands and knees with someone on top of me after a failed takedown. how do i get out of that safely?',
    ['turtle', 'turtle_escape'],
  ],
]);

readsAs('a place named in the question, gone from to a submission', [
  [
    'won the final by getting knee on belly and switching to mount. but in the semis i couldnt hold knee on belly, guy kept shrimping out. how do i keep knee on belly heavy and go to the armbar from there',
    ['knee_on_belly', 'armbar'],
  ],
  // control: the place named is where to go
  [
    'coach showed heel hooks from single leg x. what should i watch to get to deep half from there',
    ['deep_half_guard', 'single_leg_x'],
  ],
]);
