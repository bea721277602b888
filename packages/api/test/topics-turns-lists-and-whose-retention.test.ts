// A story turning with "agora quero", "mas enfim" is asked after the turn; a list ruled out runs on
// past the noun a name is said with ("wrestling shots or throws"); a lock that "never closes" is no
// closed guard; a game that hurts the knees is ruled out; "thrown all over the place" names no
// place; the retention someone else has is the user's passing problem; the user's guard passed in
// Spanish keeps the pass named beside it defended; "me están metiendo" puts something on the user;
// "fico no …", "acabo en …" are stuck there.
import { readsAs } from './topic-cases';

readsAs('a story turning in Portuguese and Spanish', [
  [
    'ganhei meu primeiro campeonato por armlock da montada 🥇 agora quero aprender a passar meia guarda, o que vc recomenda?',
    ['guard_passing', 'half_guard'],
  ],
  [
    'machuquei o joelho num heel hook semana passada, agora quero algo tranquilo pra voltar, tipo sweep da guarda fechada',
    ['sweep', 'closed_guard'],
  ],
  [
    'fui finalizado 3 vezes de triângulo ontem kkk mas enfim, hoje quero saber de ezekiel da montada',
    ['ezekiel', 'mount'],
  ],
]);

readsAs('a list ruled out through the noun a name is said with', [
  ['no wrestling shots or throws', []],
  [
    "i don't want anything with wrestling shots or big judo throws, just how to pass half guard",
    ['guard_passing', 'half_guard'],
  ],
  // control: the list ends
  ['no wrestling shots, judo throws please', ['throw']],
]);

readsAs("a lock that won't close", [
  ['how to finish the darce without the gable grip, my hands are small and it never closes', ['darce']],
  // control: the guard named
  ['not interested in de la riva, just closed guard attacks', ['closed_guard']],
]);

readsAs("a game the knees can't take", [
  [
    'half guard bottom is where i end up every roll because open guard just hurts my knees. what are simple sweeps from half guard?',
    ['half_guard', 'sweep'],
  ],
  ['butterfly kills my knees, any other guard?', []],
]);

readsAs('thrown all over the place', [
  ['how do i not get thrown all over the place', ['throw', 'throw_defense']],
  // control: a name that is a place
  ['kimura is the ramen place', []],
]);

readsAs('the retention someone else has', [
  ['the guy i drill with has insane guard retention, how do i pass him', ['guard_passing']],
  ['my guard passing sucks, everyone at my gym has crazy retention', ['guard_passing']],
  // controls: the user's own, said outright or by comparison
  ['i have good guard retention but my passing sucks', ['guard_retention', 'guard_passing']],
  ['everyone has better guard retention than me', ['guard_retention']],
]);

readsAs("the user's guard passed in Spanish, with the pass named", [
  [
    'me pasan la guardia re facil en nogi sobre todo con knee cut y quedo plano, como recupero la guardia',
    ['guard_retention', 'no-gi'],
  ],
  // control: keeping one's guard while asking the pass
  [
    "how do you pass spider guard when the person has good grips? if i understand the pass i'll understand how to keep my guard",
    ['guard_passing', 'spider_guard', 'guard_retention'],
  ],
]);

readsAs('put on the user in Spanish', [
  [
    'me están metiendo la darce desde arriba cada vez que busco el underhook en media guardia',
    ['darce', 'half_guard', 'darce_defense'],
  ],
]);

readsAs('stuck somewhere, in Portuguese and Spanish', [
  ['fico no cem quilos e nao consigo fazer nada', ['side_control', 'side_control_escape']],
  ['acabo en la montada siempre', ['mount', 'mount_escape']],
  // control: falling for the user's sweep
  ['ninguém cai na minha raspagem de tesoura, o que tô fazendo errado', ['sweep']],
]);
