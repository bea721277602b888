import { readsAs } from './topic-cases';

readsAs('a long story read for what it asks', [
  [
    'Someone took my back last night and I spent five minutes just hand fighting. Show me how to escape back control without getting choked.',
    ['back_control', 'back_control_escape', 'rear_naked_choke', 'rear_naked_choke_defense'],
  ],
  [
    "People keep taking my back in scrambles and once the hooks are in I'm done. How do I escape back control before the choke comes?",
    ['back_control', 'back_control_escape'],
  ],
  [
    'No gi question. Last night I kept getting to the back but without a collar I have nothing except the rnc. What other finishes work from back control in nogi?',
    ['no-gi', 'back_control'],
  ],
  [
    "I've seen the basic ezekiel from mount like ten times, so not that one. Looking for the ezekiel from the back, if that even exists.",
    ['ezekiel', 'back_control'],
  ],
  // control: stopping the take is still asked
  ['how do i stop them taking my back before the hooks are in', ['back_take', 'back_take_defense']],
]);

readsAs("the user's own move, grip or counter is no defence", [
  [
    "Keep getting guillotined every time I shoot a takedown. How do I defend it when I'm already caught?",
    ['guillotine', 'guillotine_defense', 'takedown'],
  ],
  [
    'How do I fix my pegada on the collar for the cross choke? My fingers are arthritic and the kimono keeps slipping out of my hand.',
    ['cross_collar_choke', 'gi'],
  ],
  [
    "Toe hold from top half guard when they've got my leg locked up. I heard it's a classic counter.",
    ['toe_hold', 'half_guard'],
  ],
  ['How do I get into x guard against tall people and sweep them?', ['x_guard', 'sweep']],
  // controls: a counter asked for, and the opponent's second verb
  ['whats a good counter to the kimura', ['kimura', 'kimura_defense']],
  ['how do i stop guys who backstep and knee cut', ['guard_retention']],
]);

readsAs('a weight and an indecision are no positions', [
  [
    "How do I get out of the montada when someone's 100 kilos? I'm 47, 75 kg and my neck can't handle a big bridge.",
    ['mount', 'mount_escape'],
  ],
  [
    "rdlr vs a good passer, they keep backstepping out of it. I'm stuck between going for the back and sweeping and I hit neither.",
    ['reverse_de_la_riva', 'guard_passing', 'back_control', 'sweep'],
  ],
  // control: the Portuguese name of side control
  ['stuck under 100 kilos', ['side_control', 'side_control_escape']],
]);

readsAs('a name ruled out and said again in a later telling stays out', [
  [
    "No more guillotine stuff, I've watched every guillotine video on earth. Last night I was hunting necks the whole roll. Show me an anaconda.",
    ['anaconda'],
  ],
  [
    'Not the standing guillotine, I mean from guard. Last night I jumped one from standing and basically ate a slam, never again. I want the guillotine from closed guard when they drive their head in.',
    ['guillotine', 'closed_guard'],
  ],
  [
    "Anything but leg locks please. My knee is still sketchy from a heel hook two months ago. What's a good top game against half guard for someone who just wants to pass?",
    ['half_guard', 'guard_passing'],
  ],
  ['open guard stuff but not de la riva, had enough DLR for one lifetime', ['open_guard']],
  // controls: asked again in a question, and by another way of asking
  ['skip the stack pass, i have a bad back. other ways to pass closed guard?', ['guard_passing', 'closed_guard']],
  ['no armbars from guard. armbars from mount though?', ['armbar', 'mount']],
]);

readsAs('a question of its own after a story asks none of the story', [
  [
    'My mom asked what I do all weekend and I said I sweep people, she thought I clean the gym lol. Anyway how do I deal with nerves before my first tournament?',
    [],
  ],
  [
    'My toddler does the perfect back take on the couch every morning lol. Real question though, at what age can kids start bjj classes?',
    [],
  ],
  [
    'Some guy clipped my side mirror and the shop says the mount is broken, great week. Unrelated, does anyone know when the Saturday open mat starts?',
    [],
  ],
  // controls: a question pointing back at the story, or ending on the move
  ['my toddler takes my back every morning lol. anyway how do i escape', ['back_control', 'back_control_escape']],
  [
    'got smashed in side control all night. anyway what i really wanna know is how to get out of it',
    ['side_control', 'side_control_escape'],
  ],
]);

readsAs('tapped with a technique: its defence, unless the user wants it as their own', [
  [
    "every blue belt in the room taps me with the same kimura when I'm on top of half guard",
    ['kimura', 'kimura_defense', 'half_guard'],
  ],
  ['he subs me with a triangle every time', ['triangle', 'triangle_defense']],
  [
    'my buddy tapped me with an anaconda last night after i shot a bad single. i want to learn it myself now',
    ['anaconda'],
  ],
]);
