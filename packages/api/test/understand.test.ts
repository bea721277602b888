import { describe, expect, it } from 'vitest';
import { understandQuery } from '../src/domain/understand';

const read = (q: string) => understandQuery(q);

describe('understandQuery', () => {
  describe('keeps what the user rules out out of the topics', () => {
    it.each([
      ['no more leg lock videos please', [], ['heel_hook', 'straight_ankle_lock']],
      ['anything but wrestling, I want guard work', [], ['takedown']],
      ['my gym bans heel hooks', [], ['heel_hook']],
      ['heel hooks are banned at my gym, what about kneebars', ['kneebar'], ['heel_hook']],
      ['no heel hooks, kneebars or toe holds please', [], ['heel_hook', 'kneebar', 'toe_hold']],
      ['not the armbar, the kimura. from closed guard', ['kimura', 'closed_guard'], ['armbar']],
      ['skip the triangles, show me omoplatas', ['omoplata'], ['triangle']],
      ['anything except judo throws, I want single legs', ['takedown'], ['throw']],
      ["our kids program doesn't allow slams or heel hooks", [], ['heel_hook']],
      [
        "everything lately has been leg locks which I couldn't care less about. half guard?",
        ['half_guard'],
        ['heel_hook', 'straight_ankle_lock'],
      ],
      ['Forget the omoplata. How do I finish the triangle when they posture up', ['triangle'], ['omoplata']],
      ['subs from closed guard that arent the armbar', ['closed_guard'], ['armbar']],
      ['guard passing, not against de la riva, against half guard', ['guard_passing', 'half_guard'], ['de_la_riva']],
      ['cant play spider anymore, which guard for the gi', ['gi'], ['spider_guard']],
      ['subs on the turtle that dont start with taking the back', ['turtle'], ['back_take']],
      // the one singled out narrows a name for several
      ['leg locks but not toe holds, kneebars specifically', ['kneebar'], ['toe_hold']],
      // keeping guard is the user's own, whatever follows
      ['how to retain my de la riva when they backstep', ['guard_retention', 'de_la_riva'], []],
      ['how to tap ppl with the ezekiel from inside their guard', ['ezekiel', 'closed_guard'], []],
      // shorthand places
      ['guilly from closed', ['guillotine', 'closed_guard'], []],
      ['rear nakd choke from the bak', ['rear_naked_choke', 'back_control'], []],
      // a counter done to the user: the user attacked
      ['turtle escapes when wrestlers sprawl on me', ['turtle', 'turtle_escape', 'takedown'], []],
      // "mostly X" singles X out of a name for several, intents and all
      [
        'the leg lock guys are destroying me, mostly kneebars. need help defending kneebars',
        ['kneebar', 'kneebar_defense'],
        [],
      ],
      ['reverse de la riva, not regular dlr', ['reverse_de_la_riva'], ['de_la_riva']],
      // one way of escaping ruled out leaves the escape asked by name
      ['mount escapes that arent the bridge and roll', ['mount', 'mount_escape'], []],
      // a guard played from the bottom is the user's own, whatever is done to them there
      ['bottom half guard vs big guys who just lie on me', ['half_guard'], []],
      ['stuck playing half guard, they smash me', ['half_guard'], []],
      ['everyone defends my rnc now, want something that isnt the rear naked', [], ['rear_naked_choke']],
    ] as const)('%s → topics %j, excluded %j', (q, topics, excluded) => {
      const u = read(q);
      expect(u.topics).toEqual(topics);
      expect(u.excluded).toEqual(excluded);
    });

    it('rules out only the defending when that is what is ruled out', () => {
      const u = read("I'm not asking how to defend the armbar, I want to finish it");
      expect(u.topics).toEqual(['armbar']);
      expect(u.excluded).toEqual(['armbar_defense']);
    });

    it('keeps a topic ruled out by name out of a name for several', () => {
      const u = read("our gym doesn't allow heel hooks so what leg locks can I do");
      expect(u.topics).toEqual(['straight_ankle_lock']);
      expect(u.excluded).toEqual(['heel_hook']);
    });

    it('reads a comparison as asking both sides', () => {
      expect(read('when to use RDLR instead of DLR').topics).toEqual(['reverse_de_la_riva', 'de_la_riva']);
      expect(read('show me the kimura instead of the americana').excluded).toEqual(['americana']);
    });

    it('does not take inability or doubt for ruling out', () => {
      expect(read("I'm not good at triangles").excluded).toEqual([]);
      expect(read('not sure how to escape mount').topics).toEqual(['mount', 'mount_escape']);
      expect(read("don't want to get leg locked").topics).toContain('heel_hook_defense');
    });

    it('never names a ruled-out family', () => {
      expect(read('anything but chokes, show me sweeps').family).toBeNull();
      expect(read('best gi chokes').family?.label).toBe('chokes');
    });

    it('reads Portuguese "finalizar" as asking for submissions', () => {
      expect(read('quero finalizar mais da montada').family?.label).toBe('submissions');
      expect(read('finalizações do cem quilos').family?.label).toBe('submissions');
    });

    it('reads a submission ruled out with none asked as asking for the other submissions', () => {
      const u = read("closed guard attacks that aren't the armbar pls");
      expect(u.family?.label).toBe('submissions');
      expect(u.family?.topics).not.toContain('armbar');
      expect(u.family?.topics).toContain('kimura');
      expect(read('closed guard sweeps').family).toBeNull();
    });

    it("reads what a gym doesn't let some belts do as ruled out", () => {
      const u = read('our gym doesnt let blue belts heel hook. what leg attacks can i still do');
      expect(u.excluded).toEqual(['heel_hook']);
      expect(u.topics).toEqual(['straight_ankle_lock']);
    });

    it("reads stopping what the opponent does next as defending it, and the user's back taken", () => {
      // (stopping them getting there is the take defended: docs/labelling.md)
      expect(read('how do i stop them getting the hooks in').topics).toEqual(['back_take', 'back_take_defense']);
      expect(read('how do i stop them pulling the elbow out').topics).toEqual([]);
      expect(read('my back gets taken when i turtle').topics).toEqual(['back_take', 'back_take_defense', 'turtle']);
    });

    it('reads the opponent doing a technique as done to the user, and a counter by them as no defence', () => {
      expect(read('every time i pass his half guard he grabs the kimura').topics).toContain('kimura_defense');
      expect(read('i want to get people down with judo throws').topics).toEqual(['throw']);
      expect(read('north south choke keeps getting me, the guy just sprawls on my head').topics).not.toContain(
        'takedown_defense',
      );
    });

    it('reads how a story ends ("til they pass") as no question', () => {
      expect(read('i just hang out under there til they pass. what sweeps from deep half').topics).toEqual([
        'sweep',
        'deep_half_guard',
      ]);
      expect(read('how do i pass til they give up').topics).toEqual(['guard_passing']);
    });

    it('reads "stuck" after a guard the user plays as no escape of it', () => {
      expect(read('deep half sweeps, i get under them fine but then just sit there stuck').topics).toEqual([
        'deep_half_guard',
        'sweep',
      ]);
      // passing named is how the user gets out of the guard they are stuck in: no escape beside it
      expect(read("how do i pass half guard, people lock it up and i'm stuck").topics).toEqual([
        'guard_passing',
        'half_guard',
      ]);
    });

    it('reads stuck doing something as no escape, and what is done to the user as theirs', () => {
      expect(read('kimura from closed guard, im stuck holding the wrist forever').topics).toEqual([
        'kimura',
        'closed_guard',
      ]);
      expect(read('knee cut keeps going straight thru my guard').topics).toEqual(['guard_passing', 'guard_retention']);
      expect(read('the nogi guys just stand up on me, i want to ride them').terms).toEqual(['power_ride']);
      expect(read('coach says i should escape back to my feet').terms).toEqual(['stand_up']);
    });

    it('reads a risk done to the user after "without" as no ruling out', () => {
      const u = read('guy goes 50/50 and hunts my heel. how do i get out without my knee getting popped');
      expect(u.excluded).toEqual([]);
      expect(u.topics).toContain('heel_hook_defense');
    });

    it('reads a defence asked last, with nothing named after it, as of the technique named last', () => {
      expect(read('they snap me down into a front headlock and i panic. how do i get out').topics).toContain(
        'guillotine_defense',
      );
      expect(read('front headlock attacks for nogi').topics).not.toContain('guillotine_defense');
    });

    it('reads "from top" with no position named as the top positions', () => {
      expect(read('what subs should i learn from top as a blue').fromTop).toBe(true);
      expect(read('armbar from mount').fromTop).toBe(false);
      expect(read('on top of that, armbars').fromTop).toBe(false);
    });

    it('reads a guard named as the question, not its family ("a simple half guard game")', () => {
      expect(read('whats a simple half guard game').family).toBeNull();
    });

    it('takes no idiom with "me" for something done to the user', () => {
      expect(read('armbar from mount, anything but danaher, his videos put me to sleep').topics).toEqual([
        'armbar',
        'mount',
      ]);
    });

    it('rules out a name said right after one ruled out', () => {
      expect(read('passing for small guys, not the heavy pressure smash stuff').excludedTerms).toEqual(
        expect.arrayContaining(['pressure_passing', 'smash_pass']),
      );
      expect(read('not the knee cut, the smash pass').excludedTerms).toEqual(['knee_cut']);
    });

    it('rules out every technique of a kind named as a whole, and keeps a named technique ruled out once out', () => {
      const shots = read("takedowns that aren't shots, my knees are done");
      expect(shots.excludedTerms).toEqual(
        expect.arrayContaining(['leg_shot', 'single_leg', 'double_leg', 'ankle_pick']),
      );
      expect(shots.excludedTerms).not.toContain('upper_body_takedown');
      expect(read('not pressure passing').excludedTerms).toEqual(
        expect.arrayContaining(['smash_pass', 'body_lock_pass']),
      );
      expect(read('not pressure passing').excludedTerms).not.toContain('toreando');
      expect(read('passing without any body lock pls, ive drilled body lock for a year').excludedTerms).toEqual([
        'body_lock_pass',
      ]);
      expect(read('nogi leg locks but not 50/50, coach says 50/50 is boring').excludedTerms).toEqual(['fifty_fifty']);
      // the user's own shots are no question of shooting
      expect(read('my shots are getting stuffed, gi stuff for the feet?').terms).toEqual([]);
    });

    it('reads chat shorthand: "w/o" rules out', () => {
      expect(read('side control escapes w/o the whole shrimp back to guard thing').excludedTerms).toEqual([
        'elbow_knee',
      ]);
    });

    it('keeps a named technique ruled out out of the named techniques asked', () => {
      const u = read('guard retention but nothing with berimbolo stuff');
      expect(u.terms).toEqual([]);
      expect(u.excludedTerms).toEqual(['berimbolo']);
      expect(read('berimbolo from de la riva').terms).toEqual(['berimbolo']);
      expect(read('no gi passing, no inside camping please').excludedTerms).toEqual(['inside_passing']);
      expect(read('no k guard please, butterfly instead').excludedTerms).toEqual(['k_guard']);
    });

    it("reads defending a family as a family of its members' defences", () => {
      const u = read('choke defense basics');
      expect(u.family?.label).toBe('choke escapes');
      expect(u.family?.topics).toContain('rear_naked_choke_defense');
      expect(read('i keep getting choked').family?.label).toBe('choke escapes');
      expect(read('joint lock defense').family?.label).toBe('joint lock escapes');
      expect(read('how do i get the choke from back').family?.label).toBe('chokes');
      expect(read('best gi chokes').family?.label).toBe('chokes');
      // what the user reaches often, asked on from there, is asked; an attire beside it is no other question
      expect(
        read('i hit mount a lot in nogi and then just hug the guy lol. what do i attack from there').moment,
      ).toEqual([]);
      // the user tapping is being submitted; tapping people is the user's finish
      expect(read('white belt here, i tap every 30 sec').family?.label).toBe('submission escapes');
      expect(read('how do i tap people from bottom').family?.label).toBe('submissions');
    });

    it('reads the top game as a family of its own', () => {
      expect(read('im a big heavy guy, what top game should i use').family?.label).toBe('top positions');
    });

    it('reads a family asked from a place beside that place', () => {
      const u = read('best chokes from back control');
      expect(u.topics).toEqual(['back_control']);
      expect(u.family?.label).toBe('chokes');
      expect(read('armbar from back control').family).toBeNull();
    });
  });

  describe('reads whose technique it is and which side is asked', () => {
    it.each([
      ['they always shut down my armbar', ['armbar']],
      ['people keep armbarring me', ['armbar', 'armbar_defense']],
      ['my darce gets defended every time, they just turn in to me', ['darce']],
      ['my takedowns get sprawled on every time', ['takedown']],
      ['my omoplata always gets rolled out of', ['omoplata']],
      ['anacondas are killing me lately', ['anaconda', 'anaconda_defense']],
      ['how do you posture out of a triangle', ['triangle', 'triangle_defense']],
      // the user's own shot is where it happens
      ['Every time I shoot I end up in a guillotine', ['takedown', 'guillotine', 'guillotine_defense']],
      ['my passing sucks, everybody just recovers guard on me', ['guard_passing']],
      ["stuck in someone's closed guard all round", ['closed_guard', 'closed_guard_escape', 'guard_passing']],
      ['how do I stop them pulling the elbow out of my armbar', ['armbar']],
      ['everyone escapes my mount, how do I keep it', ['mount']],
      ["how do i pass half guard, people lock it up and i'm stuck", ['guard_passing', 'half_guard']],
      ['they always get around my legs with a leg drag', ['guard_retention']],
      ['i pass with a knee cut', ['guard_passing']],
      ['guys keep hitting me with that body lock pass', ['guard_retention']],
      ['i keep getting stacked and passed', ['guard_retention']],
      ['need a better guillotine, mine feels loose and ppl just pop out', ['guillotine']],
      ['knee on belly is so uncomfortable, how do ppl escape it', ['knee_on_belly', 'knee_on_belly_escape']],
      ['heel hooks scare me, how do i defend them', ['heel_hook', 'heel_hook_defense']],
      ['berimbolo for dummies. how do i invert without getting stuck', ['back_take']],
      ['arm drag to back, how do i get behind them instead of ending up in a scramble', ['back_take']],
      ['how to pass without getting stuck in half guard', ['guard_passing', 'half_guard']],
      ['attack from bottom half instead of just surviving', ['half_guard']],
      ['my knee slice keeps getting stuck halfway', ['guard_passing']],
      // nor where the user's own technique is done from
      ['my kimura from side control always gets stuck', ['kimura', 'side_control']],
      ['my armbar from mount keeps getting stuck, they pull the elbow out', ['armbar', 'mount']],
      ['i keep getting stuck in mount', ['mount', 'mount_escape']],
      [
        'passing half guard when they get a knee shield in, i keep getting stuck there',
        ['guard_passing', 'half_guard'],
      ],
      ['guys knee slice right through my guard', ['guard_retention']],
      ['kids at my gym keep berimbolo-ing me', ['back_take', 'back_take_defense']],
      ['i want to get people down with judo throws', ['throw']],
      ['need a takedown thats simple', ['takedown']],
      ['how to not get submitted from bottom mount', ['mount', 'mount_escape']],
      ['being smashed under side control', ['side_control', 'side_control_escape']],
      ['attacks from top mount', ['mount']],
      ['how do i stop ppl cranking my ankle', ['straight_ankle_lock', 'straight_ankle_lock_defense']],
      ['want a passing course but not gordon ryan', ['guard_passing']],
      ['white belt, whats the one passing course to start with?', ['guard_passing']],
      ['any passing course recs', ['guard_passing']],
      ['i am passing the salt', []],
    ] as const)('%s → %j', (q, topics) => {
      expect(read(q).topics).toEqual(topics);
    });
  });

  describe('reads what the opponent does in a "when" clause beside an attack as the moment, not the question', () => {
    it.each([
      ['how do i hit a guillotine when someone shoots a takedown on me', ['takedown_defense']],
      ['what do i do when someone locks an omoplata on me', []],
      ['passing half guard when they get a knee shield in, i keep getting stuck there', []],
      // the risk an attack is to avoid is context too
      ['double leg that doesnt get me guillotined', ['guillotine_defense']],
      ['how do i pass guard without getting swept', ['sweep_defense']],
      [
        'passing butterfly in nogi without getting swept or sucked into leg locks',
        ['sweep_defense', 'heel_hook_defense', 'straight_ankle_lock_defense'],
      ],
      ["i don't want to get guillotined", []],
      // the user's own move just before the attack asked is when it comes
      ['darce from the front headlock after i sprawl', ['takedown_defense']],
      // who the opponents are is no second question
      [
        'how do i pass these flexible guys who throw their legs up and triangle me from everywhere',
        ['triangle_defense'],
      ],
      // what the attack must not leave open
      ['guard passing, nothing that leaves my legs out there for leglocks', ['heel_hook', 'straight_ankle_lock']],
      ['losing my back from turtle, how do i turtle safely', []],
      // what the user already does well is where the question starts, unless named again as the question
      ['i can get to deep half no problem but then im stuck, what sweeps from deep half', []],
      ['i can get to x guard no problem but then what, sweeps?', ['x_guard']],
      ['i get the back fine but he tucks his chin, what now from back control', ['back_take']],
      ['i can get the back easily', []],
      // the user's own attack the opponent stops is the moment too
      ['wristlock setups from closed guard for when they defend my collar choke', ['cross_collar_choke']],
    ] as const)('%s → %j', (q, moment) => {
      expect(read(q).moment).toEqual(moment);
    });
  });

  describe('reads getting out of a named technique as defending what it belongs to', () => {
    it.each([
      ['how to get out of 50/50 in nogi', ['no-gi', 'heel_hook', 'heel_hook_defense']],
      ['how to escape the saddle', ['heel_hook', 'heel_hook_defense']],
      ['50/50 guard', []],
    ] as const)('%s → %j', (q, topics) => {
      expect(read(q).topics).toEqual(topics);
    });
  });

  describe('reads where a submission is asked from', () => {
    it.each([
      ['juji gatame from guard?', ['armbar', 'closed_guard']],
      ['cross collar choke from the guard', ['cross_collar_choke', 'closed_guard']],
      ['armbar from half guard', ['armbar', 'half_guard']],
      ['sweeps from guard', ['sweep']],
      ['no armbars from guard, armbars from mount', ['armbar', 'mount']],
      ['wrist locks but not from guard', ['wristlock']],
    ] as const)('%s → %j', (q, topics) => {
      expect(read(q).topics).toEqual(topics);
    });
  });

  describe('reports what was asked; what ranking reads into it is not claimed', () => {
    it.each([
      ['juji gatame from guard?', ['armbar'], ['armbar', 'closed_guard']],
      ['how to escape the saddle', [], ['heel_hook', 'heel_hook_defense']],
      [
        'im 60kg and the heavy guys pin me in side control, how do i get out',
        ['side_control', 'side_control_escape'],
        ['side_control', 'side_control_escape', 'mount', 'mount_escape'],
      ],
      ['armbar from half guard', ['armbar', 'half_guard'], ['armbar', 'half_guard']],
    ] as const)('%s → asked %j, ranked on %j', (q, asked, ranked) => {
      expect(read(q).askedTopics).toEqual(asked);
      expect(read(q).topics).toEqual(ranked);
    });
  });

  describe('reads Portuguese and Japanese names as data', () => {
    it.each([
      ['gravata from the front', ['guillotine']],
      ['ude garami from side control', ['kimura', 'americana', 'side_control']],
      ['raspagem da guarda borboleta', ['sweep', 'butterfly_guard']],
      ['passagem de guarda sem kimono', ['guard_passing', 'no-gi']],
      ['best passes in kimono', ['guard_passing', 'gi']],
      ['fuga da montada', ['mount', 'mount_escape']],
      ['chave de pé defense', ['straight_ankle_lock', 'straight_ankle_lock_defense']],
      ['estrangulamento do cem quilos', ['side_control']],
      ['juji gatame from tate shiho gatame', ['armbar', 'mount']],
      ['tomoe nage into armbar', ['throw', 'armbar']],
      ['mata leão da pegada nas costas', ['rear_naked_choke', 'back_control']],
    ] as const)('%s → %j', (q, topics) => {
      expect(read(q).topics).toEqual(topics);
    });
  });

  describe('finds no topic in everyday words that look like one', () => {
    it.each([
      'just mounted a TV in my living room lol',
      'mounted my new TV last night and now my shoulder is wrecked',
      'the mount on my bike rack snapped on the way to class',
      'swept the whole mat after class, does that count as cardio lol',
      'only had a half-day at work so heading to open mat',
      'half marathon sunday so skipping open mat',
      'security guard shifts mean I only train weekends',
      'large americano before 6am class, good or bad idea?',
      'passed my driving test so I can finally drive myself to class',
      'got a copyright takedown on my highlight video',
      'did heel hooks and knee bars at the climbing gym today',
      'triangle pose in yoga kills my hips',
      'there is a spider in my gym bag',
      'we got swept in the finals of our soccer league',
      'GI issues after eating before class',
      'Ezekiel from my office wants to try a class',
      'threw my back out lifting',
    ])('%s → []', (q) => {
      expect(read(q).topics).toEqual([]);
    });

    it('still reads the same words in their BJJ sense', () => {
      expect(read('sweeps from half').topics).toEqual(['sweep', 'half_guard']);
      expect(read('sweeping bigger guys from butterfly').topics).toEqual(['sweep', 'butterfly_guard']);
      expect(read('i keep getting caught in guillotines every time i shoot a takedown').topics).toContain('takedown');
      expect(read('baseball choke from knee on belly').topics).toEqual(['baseball_choke', 'knee_on_belly']);
    });
  });

  describe('reads slang, shorthand and slips inside longer names', () => {
    it.each([
      ['tri from the bottom when they posture', ['triangle']],
      ['omo to tri', ['omoplata', 'triangle']],
      ['B&A choke setups from turtle', ['bow_and_arrow', 'turtle']],
      ['NS choke details', ['north_south_choke']],
      ['zeke choke in gi', ['ezekiel', 'gi']],
      ['sc escapes', ['side_control', 'side_control_escape']],
      ['hunting heels from saddle', ['heel_hook']],
      ['deep haf guard sweeps', ['deep_half_guard', 'sweep']],
      ['knee on bely in the gi', ['knee_on_belly', 'gi']],
      ['nort south pin in no gi', ['north_south', 'no-gi']],
      ['de la rivaa hook keeps slipping off', ['de_la_riva']],
      ['rearnakedchoke from back', ['rear_naked_choke', 'back_control']],
    ] as const)('%s → %j', (q, topics) => {
      expect(read(q).topics).toEqual(topics);
    });

    it('never slips a common word into a name', () => {
      expect(read('pull guard or wrestle?').topics).toEqual(['takedown']);
      expect(read('my heel hurts after rolling').topics).toEqual([]);
    });
  });

  describe('says what a message that asks no technique is about', () => {
    it.each([
      ['what size gi for 180cm 80kg', 'gear'],
      ['best mouthguard for grappling', 'gear'],
      ['how often should a beginner train', 'schedule'],
      ['nervous about my first class', 'first_class'],
      ['got ringworm, how long till I can train again', 'recovery'],
      ['my ribs are sore from yesterday, should I rest', 'recovery'],
      ['what does oss actually mean', 'other'],
    ] as const)('%s → %s', (q, general) => {
      expect(read(q).general).toBe(general);
    });

    it('is null when a technique, a family or small talk is asked, or techniques are ruled out', () => {
      expect(read('armbar from mount').general).toBeNull();
      expect(read('best gi chokes').general).toBeNull();
      expect(read('thanks!').general).toBeNull();
      expect(read('my gym bans heel hooks').general).toBeNull();
    });

    it('is null for a question about training itself with no technique named: fundamentals answer it', () => {
      expect(read('what is a good beginner game plan').general).toBeNull();
      expect(read('i feel totally lost in rolls, no idea what to do in any position').general).toBeNull();
      expect(read("what's your favourite movie").general).toBe('other');
    });

    it('reads a question of what to study as training talk, not an off-the-mat question', () => {
      const u = read('been a white belt 14 months, what should i actually focus on to get my blue');
      expect(u.study).toBe(true);
      expect(u.general).toBeNull();
      expect(read('what gi should i buy').study).toBe(false);
      expect(read('what should i focus on in half guard').study).toBe(false);
    });

    it('is null when a technique the taxonomy has no id for is named', () => {
      expect(read('twister').general).toBeNull();
      expect(read('front headlock attacks').general).toBeNull();
      expect(read('how to get up from bottom instead of playing guard').general).toBeNull();
    });
  });

  describe('reads constraints from whose size, age and flexibility it is', () => {
    it.each([
      ["I'm small, how do I pass bigger guys", ['smaller']],
      ['big guys keep smashing me in side control', ['smaller']],
      ['as a big guy what passes work', ['bigger']],
      ["im 5'6 and 140lbs, best guard for smaller guys", ['smaller']],
      ["I'm 47 and stiff, what guard should I play", ['older', 'less_flexible']],
      ['how many times a week should a 42 year old beginner train', ['older']],
      ['armbar from mount', []],
      ['mma guy here, need a guard that holds up with strikes', ['strikes']],
      ['my wife wants self defense based bjj', ['self_defence']],
      ['old knees, passing ideas that arent acrobatic', ['older', 'less_flexible']],
      ['mount escapes pls, im 60kg and the upa doesnt move anyone', ['smaller']],
      ['i weigh 240 lbs, what passes suit me', ['bigger']],
      ['52kg woman here, guard ideas?', ['smaller']],
      ['everyone at my gym is 90kg', []],
      // Portuguese and Spanish say an age as years had
      ['tenho 46 anos, qual guarda', ['older']],
      ['tengo 52 años y poca flexibilidad', ['older']],
      ['tenho 20 anos', []],
    ] as const)('%s → %j', (q, constraints) => {
      expect(read(q).constraints).toEqual(constraints);
    });
  });

  it('sets apart the position a technique is asked from, and the attire asked', () => {
    expect(read('armbar from mount').setting).toEqual(['mount']);
    expect(read('mount escapes').setting).toEqual([]);
    expect(read('sem kimono leg locks').attire).toBe('no-gi');
    expect(read('avoid anything with the gi please').attire).toBe('no-gi');
    expect(read('triangle from closed guard').attire).toBeNull();
  });
});

describe('"that doesnt involve" rules a technique out', () => {
  it('a mount escape that doesnt involve the upa', () => {
    const reading = read('mount escape that doesnt involve the upa, my lower back hates it');
    expect(reading.excludedTerms).toContain('upa');
    expect(reading.topics).toContain('mount_escape');
  });
});

describe('"where i dont have to" rules a technique out', () => {
  it('takedowns where i dont have to shoot on the legs', () => {
    expect(read('takedowns where i dont have to shoot on the legs').excludedTerms).toContain('leg_shot');
    expect(read('takedowns that dont involve shooting, my lower back is wrecked').excludedTerms).toContain('leg_shot');
    expect(read('shooting pain in my knee after takedowns').terms).not.toContain('leg_shot');
    expect(read('nogi chokes that arent the rnc, i want stuff from the front').terms).toEqual(['front_headlock']);
  });
});

describe('who does what, what is reached already, and what is only a worry', () => {
  it.each([
    'they just slice through my guard',
    'everyone just walks past my legs',
    'they get past my guard every time',
  ])('%j is keeping guard against passing', (q) => {
    expect(read(q).topics).toEqual(['guard_retention']);
  });

  it('"on top in side control and the guy keeps shrimping" asks to hold the pin, not escape it', () => {
    expect(read('on top in side control, the guy keeps shrimping').topics).toEqual(['side_control']);
    expect(read('top side control escapes').topics).toContain('side_control_escape');
  });

  it('"i get the back a ton but never finish" asks to finish from back control', () => {
    expect(read('i get the back a ton but never finish, no gi').topics).toEqual(['back_control', 'no-gi']);
    expect(read('i get the back a lot').topics).toEqual(['back_take']);
  });

  it('with both attires named, the last one is the one wanted', () => {
    expect(read('my no gi kid got signed up for a kimono tournament. closed guard basics in the gi?').attire).toBe(
      'gi',
    );
  });

  it('a style named for the opponents says who they are when something else is asked', () => {
    const reading = read('the college wrestlers just run thru me. need a bottom game for nogi');
    expect(reading.topics).toEqual(['no-gi']);
    expect(reading.family?.label).toBe('guards');
    expect(read('guillotine vs wrestlers').topics).toEqual(['guillotine', 'takedown']);
  });

  it('"dont say rnc" rules the choke out, and the opponent defending asks no escapes', () => {
    const reading = read('what else can i go for from the back if they defend the neck all day? dont say rnc');
    expect(reading.excluded).toEqual(['rear_naked_choke']);
    expect(reading.family?.label).toBe('submissions');
  });

  it('"not the bridge and shrimp, i know that one" rules the escape out', () => {
    expect(read('side control escapes but not the bridge and shrimp, i know that one').excludedTerms).toContain(
      'elbow_knee',
    );
  });

  it('"how do i survive the rolls" asks no escapes; surviving under mount does', () => {
    expect(read("i'm 61 and just started. how do i survive the rolls").family).toBeNull();
    expect(read('how do i survive under mount').topics).toContain('mount_escape');
  });

  it('fearing an injury is not reporting one, and bigger opponents named first make the user smaller', () => {
    const reading = read('any tips for rolling with guys way heavier without getting hurt');
    expect(reading.injury).toBeNull();
    expect(reading.general).not.toBe('recovery');
    expect(reading.constraints).toEqual(['smaller']);
    expect(read('my knee hurts, should i roll').injury).toBe('knee');
  });

  it("training for longer is the older grappler's question", () => {
    expect(read('knees getting beat up lately. any tips to train for longer').constraints).toContain('older');
  });

  it('the Heisenberg heist is a named guard retention move', () => {
    expect(read('someone mentioned the heisenberg heist?').terms).toEqual(['heisenberg_heist']);
  });
});

describe('asking what to study, in more words and languages', () => {
  it.each([
    'what should i actually know before blue belt',
    'new guy starts monday, never trained. what do i give him to watch',
    'what should a new white belt watch',
    'my cousin signed up today, zero experience. any course she can watch at home to start',
    'my girlfriend wants to start mostly for self defense, what should she look at',
    'voltando a treinar depois de 10 anos parado, era faixa azul. por onde recomeço?',
    'minha esposa quer começar também, tem alguma série boa pra iniciante ela assistir?',
    'where should my son start, he is 12',
    'two weeks to my first tournament, what should i drill',
    'help me put together a game plan',
    'what should a beginner practice at home',
    'just signed up, first week. where tf do i even start',
    'want to start competing in nogi next year, what should i be working on',
    'my gym is nogi only and im brand new. what fundamentals should i be watching',
    'got my first amateur mma fight in 2 months, what bjj stuff actually works with punches?',
  ])('%j asks what to study', (q) => {
    expect(read(q).study).toBe(true);
  });

  it.each(['should i watch the ufc tonight', 'should he watch the game tonight'])(
    '%j watches a show, no study',
    (q) => {
      expect(read(q).study).toBe(false);
    },
  );

  it('a family said to be fine is context: "my top game is fine but put me on my back and im lost" asks the guard', () => {
    expect(read('wrestler moving over. my top game is fine but put me on my back and im lost').family?.label).toBe(
      'guards',
    );
    expect(read('top game fundamentals').family?.label).toBe('top positions');
  });

  it('weighing two families ("escapes or subs first") asks what to study; one family is the question', () => {
    expect(read('white belt here, should i learn escapes or subs first')).toMatchObject({ study: true, family: null });
    expect(read('what chokes should i learn').family?.label).toBe('chokes');
    // a family named only as the risk of what is asked is no question
    expect(read('how do i use my riding / top stuff without getting subbed all the time').family?.label).toBe(
      'top positions',
    );
    // one family told defended names its escapes, however the message asks where to start
    expect(read('i tap to everything. submission defence in general, where do i start').family?.label).toBe(
      'submission escapes',
    );
  });

  it('"coming back after knee surgery" is about the knee, not the back', () => {
    expect(read('coming back after 2 yrs off (knee surgery), where do i even start').injury).toBe('knee');
    expect(read('my back hurts').injury).toBe('back');
  });
});

describe('an escape that should end on offence', () => {
  it.each([
    'side control escapes but not the shrimp back to guard stuff, i want to come up on top or at least to my knees',
    'mount escapes where i come out attacking',
  ])('%j asks for escapes that end on offence', (q) => {
    expect(read(q).constraints).toContain('escape_to_offence');
  });
});

describe('round r14: the choke sunk from behind, limbs trapped by the user, shots ruled out by name', () => {
  it('"once they get the arm under my chin from behind" defends the rear naked choke', () => {
    expect(read('once they get the arm under my chin from behind, what do i do with my hands').topics).toEqual([
      'rear_naked_choke',
      'rear_naked_choke_defense',
    ]);
  });

  it('"get the head n arm trapped" is the user trapping, not being trapped', () => {
    expect(read('kata gatame from mount, how do i get the head n arm trapped').topics).toEqual([
      'arm_triangle',
      'mount',
    ]);
  });

  it('"no doubles, no singles" rules both shots out', () => {
    expect(
      read('takedowns where i dont have to shoot. knees are done so no doubles, no singles').excludedTerms,
    ).toEqual(expect.arrayContaining(['double_leg', 'single_leg']));
  });

  it('"… and its over" and "how do i not get choked" are told from the receiving end', () => {
    expect(read('darce. every. single. time. the purple belt snakes his arm thru and its over').topics).toContain(
      'darce_defense',
    );
    expect(read('triangle setups??? and how do i not get stacked when i have it').topics).toEqual(['triangle']);
  });
});

describe('asking what to study outweighs the gear or the injury it comes with', () => {
  it('"bought my first gi today… what should i actually learn first" asks what to study', () => {
    const reading = read('bought my first gi today (pearl weave, A2). ok now what should i actually learn first in it');
    expect(reading.study).toBe(true);
    expect(reading.general).toBeNull();
  });

  it('"coming back after knee surgery, where do i even start" keeps the injury and asks what to study', () => {
    const reading = read('coming back after 2 yrs off (knee surgery), where do i even start');
    expect(reading.injury).toBe('knee');
    expect(reading.general).toBeNull();
    expect(reading.study).toBe(true);
  });

  it('"anything i should watch" asks what to study; a schedule question stays one', () => {
    expect(read('first class tomorrow, anything i should watch so im not totally lost').study).toBe(true);
    expect(read('what time is the fundamentals class on saturday').general).toBe('schedule');
  });
});

describe('ordinary sentences the rounds r12–r14 rules must leave alone', () => {
  it.each([
    ['the armbar is my go to, i tap everyone with it', ['armbar']],
    ['i just swept him by the end', ['sweep']],
    ['i finally armbarred my partner by the end of the round, what next', ['armbar']],
    ["he'll hook my arm and sweep me", ['sweep', 'sweep_defense']],
    ['try angle changes when passing', ['guard_passing']],
    ['i shot him a message about the armbar', ['armbar']],
    ['tengo dolor de espalda', []],
    ['my arm trapped in side control what do i do', ['side_control', 'side_control_escape']],
  ])('%j → %j', (q, topics) => {
    expect(read(q).topics).toEqual(topics);
  });

  it('"once i get mount its game over for them" asks for submissions from mount, not escapes', () => {
    const reading = read('once i get mount its game over for them, what subs from there');
    expect(reading.topics).toEqual(['mount']);
    expect(reading.family?.label).toBe('submissions');
  });

  it('"she needs escapes" said of a daughter still asks for escapes', () => {
    expect(read('my daughter just started bjj, she needs escapes').family?.label).toBe('escapes');
  });

  it('knowing something is no ruling it out', () => {
    expect(read('heel hooks, i know those are dangerous, how do i defend them').topics).toContain('heel_hook_defense');
    expect(read('triangle: i already know the basic setup, what are advanced entries').topics).toEqual(['triangle']);
  });

  it('"doubles" and "singles" outside wrestling are no shots', () => {
    expect(read('the kimura grip doubles as a back take').terms).not.toContain('double_leg');
    expect(read('tennis singles player, new to bjj').terms).not.toContain('single_leg');
  });

  it('gear with a question about class stays a gear question; "train longer rounds" is no age', () => {
    expect(read('what gear should i buy, do i need to know anything before class').general).toBe('gear');
    expect(read('how can i train longer rounds without gassing out').constraints).not.toContain('older');
    expect(read('how do i shoot a double leg without dropping to my knees').constraints).not.toContain(
      'escape_to_offence',
    );
  });

  it('"i get back pain after rolling" is about the back; offering both attires insists on neither', () => {
    expect(read('i get back pain after rolling').injury).toBe('back');
    expect(read('gi or no gi for a beginner? closed guard').attire).toBeNull();
  });
});

describe('round r15: a family ruled out keeps its techniques out, and arm locks as a family', () => {
  const CHOKES = ['rear_naked_choke', 'triangle', 'guillotine'];

  it('"i want arm attacks from back control, not another choke video" asks arm locks and rules the chokes out', () => {
    const r = read('i want arm attacks from back control, not another choke video');
    expect(r.family?.label).toBe('arm locks');
    expect(r.topics).toEqual(['back_control']);
    expect(r.excluded).toEqual(expect.arrayContaining(CHOKES));
  });

  it('"back attacks, no chokes" rules out every choke; "best chokes from mount" rules out none', () => {
    expect(read('back attacks, no chokes').excluded).toEqual(expect.arrayContaining(CHOKES));
    expect(read('best chokes from mount').excluded).toEqual([]);
    expect(read('best chokes from mount').family?.label).toBe('chokes');
  });

  it('a choke asked by name stays asked when the others are ruled out', () => {
    const r = read('no chokes but triangle from guard');
    expect(r.excluded).not.toContain('triangle');
  });
});

describe('round r15: chokes defended in a pin, a place ruled out said again under a negation', () => {
  it('"how do i not get choked from the back" escapes the back', () => {
    expect(read('how do i not get choked from the back, i lose the hand fight').topics).toEqual([
      'back_control',
      'back_control_escape',
    ]);
    expect(read('chokes from mount').topics).toEqual(['mount']);
  });

  it('"back takes that dont start from turtle. i never get people turtled" keeps the turtle out', () => {
    const r = read('back takes that dont start from turtle. i never get people turtled in nogi');
    expect(r.excluded).toEqual(['turtle']);
    expect(r.topics).toEqual(['back_take', 'no-gi']);
  });
});

describe("the opponent's reactions a technique answers", () => {
  it('"keeps driving his head down into my chest" is answered by the chokes that use it, as context only', () => {
    const r = read('when the guy in my guard keeps driving his head down into my chest, what submission fits?');
    expect(r.reaction.topics).toEqual(expect.arrayContaining(['loop_choke', 'guillotine']));
    expect(r.topics).not.toContain('loop_choke');
  });

  it('"posting his arm on me" is answered by the arm drag and the kimura; a plain question by nothing', () => {
    expect(read('from butterfly he keeps posting his arm on me').reaction).toEqual({
      topics: ['kimura'],
      terms: ['arm_drag'],
    });
    expect(read('butterfly guard sweeps').reaction).toEqual({ topics: [], terms: [] });
  });
});

describe('round r15 review: what the new rules must leave alone', () => {
  it.each([
    ['no kimura from guard please, how do i finish the kimura from side control', 'kimura'],
    ['skip the armbar from closed guard, show me the armbar from mount', 'armbar'],
    ['i dont want to learn heel hooks yet but i cant defend heel hooks at comps', 'heel_hook_defense'],
  ])('%j still asks %j', (q, topic) => {
    expect(read(q).topics).toContain(topic);
  });

  it('a family said with a ruled-out name is ruled out; "i keep getting choked when im on top in mount" is no mount escape', () => {
    expect(read('back attacks, no arm locks').excluded).toEqual(expect.arrayContaining(['armbar', 'kimura']));
    expect(read('i keep getting choked when im on top in mount').topics).not.toContain('mount_escape');
  });

  it("the user's own head or reach is no reaction to use; a partner drilling is no attack on the user", () => {
    expect(read('how do i keep my head down on a double leg so i dont get guillotined').reaction.topics).toEqual([]);
    expect(read('when i reach in for the collar he arm drags me').reaction.terms).toEqual([]);
    expect(read('me and my partner just drilled the kimura all class').topics).toEqual(['kimura']);
    expect(read('love this gym, everyone there has your back').topics).toEqual([]);
  });
});

describe('round r16: the back already taken, moves aimed at the user, what is known already, size and age said in passing', () => {
  it.each([
    [
      'keep getting choked from the back, how do i defend once they got my back',
      ['back_control', 'back_control_escape', 'rear_naked_choke', 'rear_naked_choke_defense'],
    ],
    ['i keep going for my heel hook but it never finishes', ['heel_hook']],
    ['i already know my half guard is bad, how do i fix it', ['half_guard']],
    // the opponent's second verb: their escape of the user's armbar is no armbar defence
    ['when i go armbar from closed guard they stack me and pull out, what do i chain to', ['armbar', 'closed_guard']],
  ])('%j → %j', (q, topics) => {
    expect(read(q).topics).toEqual(topics);
  });

  it.each([['open guard in gi but please no berimbolo or upside down stuff', 'berimbolo']])(
    '%j rules out the named %j',
    (q, term) => {
      expect(read(q).excludedTerms).toContain(term);
      expect(read(q).terms).not.toContain(term);
    },
  );

  it('"pls no more" is exasperation, not a rule', () => {
    expect(read('pls no more triangles, i keep getting caught in them. how do i defend').topics).toContain(
      'triangle_defense',
    );
  });

  it.each([
    ['im a 50kg girl, what should i focus on', 'smaller'],
    ['everyone i roll with is way bigger, what should i focus on', 'smaller'],
    ['52 and just started, i gas in every roll. where do i even start', 'older'],
  ])('%j says the user is %j', (q, constraint) => {
    expect(read(q).constraints).toContain(constraint);
  });

  it('an age opening the message is read only when it says a start', () => {
    expect(read('52 rounds of drilling later and my guard still gets passed').constraints).not.toContain('older');
    expect(read('90, just weighed in, what should i drill before comp').constraints).not.toContain('older');
    expect(read('my gym is way bigger than my old one, how do i escape mount').constraints).not.toContain('smaller');
  });
});

describe('a family ruled out takes its members said in passing, once something else is asked', () => {
  it.each([
    [
      "no more chokes for me this month, my neck is sore from that darce last week. i'd like to work on leg locks instead, mainly the kneebar and the toe hold",
      ['kneebar', 'toe_hold'],
    ],
    // controls: the member asked alone, and no family ruled out
    ['no chokes please, darce from half?', ['darce', 'half_guard']],
    ['loved that darce last week, kneebar setups?', ['darce', 'kneebar']],
  ] as const)('%j → asked %j', (q, asked) => {
    expect(understandQuery(q).askedTopics).toEqual(asked);
  });
});

describe('a message that says it asks no technique asks none of the names it tells, only its attire', () => {
  it.each([
    [
      "the commentator kept saying 'he's in full guard', is that just closed guard? not really asking about technique tho, just wondering where to buy a decent gi",
      ['gi'],
    ],
    // controls: no technique named, and technique asked
    ['not asking about technique, what rashguard should i get for nogi', ['no-gi']],
    ['is full guard just closed guard? what gi should i buy', ['closed_guard', 'gi']],
  ] as const)('%j → asked %j', (q, asked) => {
    expect(understandQuery(q).askedTopics).toEqual(asked);
  });
});
