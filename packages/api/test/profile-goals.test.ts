import { describe, expect, it } from 'vitest';
import { parses } from './profile-cases';
import { reads } from './profile-reads';
import { parseProfileAnswer } from '../src/domain/profile-answers';

// training_goals: the plain answers and the words each goal is said in: a tournament by name, sweat, a job
// at the door, an escape from work, teaching, cross training, and the same in other tongues. Which goal is
// the user's now: profile-goals-now.test.ts.

describe('training_goals', () => {
  parses('training_goals', [
    ['compete', 'competition'],
    ['win a medal', 'competition'],
    ['IBJJF', 'competition'],
    ['get ready for worlds', 'competition'],
    ['get better', 'skill_development'],
    ['get my blue belt', 'skill_development'],
    ['level up', 'skill_development'],
    ['drilling 3x a week to tighten up my fundamentals and add the details', 'skill_development'],
    ['get shredded lol and not die on the mat', 'fitness'],
    // what the user wants now, after a belt received or what they started for
    ['got my blue so now i want to start competing', 'competition'],
    ['started for weight loss but now honestly i want to compete', 'competition'],
    ['ficar em forma', 'fitness'],
    ['stay fit', 'fitness'],
    ['lose weight', 'fitness'],
    ['in shape', 'fitness'],
    ['just for fun', 'recreational'],
    ['stress relief', 'recreational'],
    ['self defence', 'self_defense'],
    ['protect my family', 'self_defense'],
  ]);

  describe('several goals: the first named, unless another is marked as the main one', () => {
    parses('training_goals', [
      ['fitness and maybe compete later', 'fitness'],
      ['Get better and compete', 'skill_development'],
      // Decision: "mostly" names the main goal, so it beats the first-named one.
      ['compete, but mostly for fun', 'recreational'],
      ['not really into competing, mostly fitness', 'fitness'],
    ]);
  });

  describe('a verb aimed at another goal is only the verb', () => {
    parses('training_goals', [
      ['learn to defend myself', 'self_defense'],
      ['improve my cardio', 'fitness'],
      ["I'd love to compete one day", 'competition'],
      ['I love it', 'recreational'],
    ]);
  });
});

describe('matching goals is word-aware', () => {
  parses('training_goals', [
    ['fits my schedule', null],
    ["I'm unfit for competition lol, I just do it for fun", 'recreational'],
    ['funny question', null],
  ]);
});

describe('a goal said in everyday words, beside those ruled out, or in Portuguese', () => {
  it.each([
    ['just got my black, done with comps, its fun rolls from here on', 'recreational'],
    ['since getting my blue i mostly just train for the workout tbh', 'fitness'],
    ['not here for medals or street fights, i just want to have a good time', 'recreational'],
    ['dont care about belts or tournaments, desk job is killing my back, i need to move', 'fitness'],
    ['not interested in the sport side, i want something that works if someone grabs me', 'self_defense'],
    ['keep up w my kids and not be winded on the stairs', 'fitness'],
    ['perder a barriga kkkk', 'fitness'],
    ['melhorar minha técnica', 'skill_development'],
  ] as const)('goal %j → %s', (text, expected) => {
    expect(parseProfileAnswer('training_goals', text)).toBe(expected);
  });
});

describe('what a health scare, a bad night or a quiet hour says of the goal', () => {
  reads([
    [
      'training_goals',
      "i don't care about medals or getting shredded, i want to really understand the positions",
      'skill_development',
    ],
    ['training_goals', 'got promoted to blue and signed up for my first tournament in march', 'competition'],
    ['training_goals', 'my doc said my blood pressure was thru the roof so here i am lol', 'fitness'],
    ['training_goals', "i don't want to ever feel helpless again like that night outside the bar", 'self_defense'],
    ['training_goals', "it's the one hour a day nobody needs anything from me, I just laugh and roll", 'recreational'],
    [
      'training_goals',
      'competed a lot as a white belt, now I mostly want to tighten up my fundamentals',
      'skill_development',
    ],
    ['training_goals', 'competição mesmo', 'competition'],
    ['training_goals', 'diversão mesmo, pra relaxar', 'recreational'],
  ]);
});

describe("goals in Spanish, ruled out, cross training, a dad bod, and a dad's wish", () => {
  reads([
    ['training_goals', 'nada de campeonatos, solo por diversión', 'recreational'],
    ['training_goals', 'quiero competir en torneos', 'competition'],
    ['training_goals', 'not for self defense or anything, just love learning the puzzle', 'skill_development'],
    ['training_goals', 'judoka cross training to fix my ne-waza', 'skill_development'],
    ['training_goals', 'dad bod removal 😂', 'fitness'],
    ['training_goals', 'my dad wants me to compete', null],
  ]);
});

describe('a tournament by name is a competition goal', () => {
  parses('training_goals', [
    ['now that im brown i wanna win pans', 'competition'],
    ['training for the europeans', 'competition'],
    ['wanna do a local open', 'competition'],
    ["i'm purple and want to win europeans", 'competition'],
    ['prepping for adcc trials', 'competition'],
    // an open mat is a class; a tournament someone else won is theirs
    ['i like the local open mat on sundays', 'recreational'],
    ['my coach won pans last year', null],
    ['keep an open mind', null],
  ]);
});

describe('fitness by sweat, self defense by a job at the door or a danger outside', () => {
  parses('training_goals', [
    ['só quero suar a camisa', 'fitness'],
    ['para sudar un rato', 'fitness'],
    ['i do the door at a bar on weekends', 'self_defense'],
    ['need to restrain people at my job', 'self_defense'],
    ['dealing with aggressive customers at the pub', 'self_defense'],
    ["there's a stalker in my neighbourhood", 'self_defense'],
    ["in case anything happens when i'm out at night", 'self_defense'],
    ['if a guy tries something i want to be ready', 'self_defense'],
    ['so that i never get picked on again', 'self_defense'],
  ]);
});

describe('looking after oneself, the craic, and a goal named after a belt on the way', () => {
  parses('training_goals', [
    ['so i can look after myself walking home at night', 'self_defense'],
    ['to be able to stand up for myself', 'self_defense'],
    ['no big plans, just for the craic with the lads', 'recreational'],
    ['honestly just here for the banter', 'recreational'],
    // a belt on the way, then a goal in a later clause: the goal
    ['getting my brown soon, want to compete at masters', 'competition'],
    ['working towards my blue, but really i want to win a tournament', 'competition'],
    // …unless that goal is only hedged
    ['get my blue, maybe compete one day', 'skill_development'],
  ]);
});

describe('Swahili and Afrikaans goals, and a goal ruled out that stays out', () => {
  parses('training_goals', [
    ['kupunguza uzito tu', 'fitness'],
    ['ek wil fiks bly', 'fitness'],
    ['mashindano', 'competition'],
    // a goal ruled out on its own clause stays out, even when a reason names it again
    ['not for self defense, i work security so i have that. i want to sharpen my technique', 'skill_development'],
    ['not fitness, i run marathons, my cardio is fine. i want to get good at jiu jitsu', 'skill_development'],
  ]);
});

describe('goals beside a disliked sport, lists with ni/nem, promotions told, years of comps', () => {
  parses('training_goals', [
    ['i hate the gym and i hate running so this is how i keep fit', 'fitness'],
    ['i cant stand running, this keeps me in shape', 'fitness'],
    ['no es para pelear en la calle ni competir, solo para bajar de peso', 'fitness'],
    ['no es para competir ni para defensa personal, es para ponerme en forma', 'fitness'],
    ['para defenderme en la calle', 'self_defense'],
    ['promoted to brown, stopped competing, now its just for fun with mates', 'recreational'],
    ['want to get promoted to brown', 'skill_development'],
    ['im brown now after years of comps, want to focus on refining my technique', 'skill_development'],
    ['after 10 years of competing i just want to have fun', 'recreational'],
    ['i want a few more years of competing', 'competition'],
    ['to not be the fat guy at the bbq anymore', 'fitness'],
    ['i dont want to be fat anymore', 'fitness'],
    ['strees from job, bjj is my hobi for relax', 'recreational'],
    ['promoted to blue, so I can finally defend myself a bit, which is why I came in the first place', 'self_defense'],
  ]);
});

describe('polishing the details is skill development', () => {
  parses('training_goals', [
    ['me dieron la azul y ahora quiero pulir los detalles', 'skill_development'],
    ['quero polir os detalhes', 'skill_development'],
    ['afinar mi juego', 'skill_development'],
  ]);
});

describe('unwinding, a belly to lose, a joke taken back', () => {
  parses('training_goals', [
    ['pra desestressar depois do trampo', 'recreational'],
    ['nao e pra emagrecer nem competir, e pra desestressar', 'recreational'],
    ['para desconectar del trabajo', 'recreational'],
    ['so pra zoar com a galera, nada serio', 'recreational'],
    ['jaja pues pa bajar la panza', 'fitness'],
    ['para adelgazar', 'fitness'],
    ['quero ser campeão mundial kkkkk brincadeira, é só hobby mesmo', 'recreational'],
    ['quiero ser campeon mundial jaja mentira, es solo un pasatiempo', 'recreational'],
  ]);
});

describe('not getting beaten up is self-defense', () => {
  parses('training_goals', [
    ["so i don't get my ass kicked", 'self_defense'],
    ['dont want to get my ass kicked', 'self_defense'],
    ['not get my butt whooped', 'self_defense'],
    ['so nobody can push me around', 'self_defense'],
    ['so no one messes with me', 'self_defense'],
    ['not get pushed around', 'self_defense'],
    ['so i dont get stabbed', 'self_defense'],
    ['dont want to be a victim', 'self_defense'],
    ['to not be an easy target', 'self_defense'],
    ['in case i get into a fight', 'self_defense'],
    ['survive a confrontation', 'self_defense'],
    ['pra não apanhar na rua', 'self_defense'],
    ['para que nadie me pegue', 'self_defense'],
    ['para hindi ako mabugbog', 'self_defense'],
    // a beating on the mats, or a push from the coach, is no danger outside
    ['i get my ass kicked every class but i love it', 'recreational'],
    ["my coach keeps pushing me to compete, we'll see", null],
  ]);
});

describe('cross training for a field sport, the game worked on, a danger that may come', () => {
  parses('training_goals', [
    // "copy" is no slip of "cops"
    ['I want to understand the why behind techniques, not just copy moves', 'skill_development'],
    ['stay in shape for my football season, bjj is my cross training', 'fitness'],
    ['bjj is cross training for my soccer', 'fitness'],
    ['judoka cross training to fix my ne-waza', 'skill_development'],
    ['tighten up my half guard and finally learn how to pass properly', 'skill_development'],
    ['I want my guard to actually work against the upper belts', 'skill_development'],
    ['learn how to sweep', 'skill_development'],
    ["got my brown in judo, now i'm here to round out my ground game", 'skill_development'],
    ['learn to defend myself', 'self_defense'],
    ["i'm here for fitness, my guard is trash lol", 'fitness'],
    ["be ready if something happens to my family, that's it", 'self_defense'],
    ['if shit ever hits the fan', 'self_defense'],
    ['se algo acontecer com meus filhos', 'self_defense'],
  ]);
});

describe('teaching, opening an academy, getting really good are skill development', () => {
  parses('training_goals', [
    ['I want to open my own academy back in Kerala one day so I need to get really good', 'skill_development'],
    ['open my own academy', 'skill_development'],
    ['i want to run my own gym someday', 'skill_development'],
    ['start my own school one day', 'skill_development'],
    ['one day i want my own affiliate', 'skill_development'],
    ['become a teacher', 'skill_development'],
    ['I want to get really good', 'skill_development'],
    ['quiero abrir mi propia academia', 'skill_development'],
    ['abrir minha propria academia', 'skill_development'],
    ['ser professor um dia', 'skill_development'],
    ['ouvrir mon propre club un jour', 'skill_development'],
    // running a 5k is running; a teacher who speaks is a person
    ['i run a 5k every week and do bjj for self defense', 'self_defense'],
    ['my teacher says im ready to compete', null],
  ]);
});

describe('BJJ as an escape from the rest of life is recreational', () => {
  parses('training_goals', [
    ["don't care about comps or belts, it's my escape from work", 'recreational'],
    ['an escape from the kids', 'recreational'],
    ['an outlet after work', 'recreational'],
    ['gets me out of my head', 'recreational'],
    ['time away from screens', 'recreational'],
    ['my break from the job', 'recreational'],
    ['mi escape del trabajo', 'recreational'],
    ['minha válvula de escape', 'recreational'],
    // escapes on the mat are the game
    ['i want to work on my escapes', 'skill_development'],
    ['improve my escape from mount', 'skill_development'],
  ]);
});
