import { describe, expect, it } from 'vitest';
import { asTheUser } from '../src/domain/topics/relayed';
import { readsAs } from './topic-cases';

readsAs('a question relayed for someone else reads as theirs', [
  ['the older teens keep guilotining my son every time he shoots', ['guillotine', 'guillotine_defense', 'takedown']],
  [
    'o meu filho keeps getting his guard passed and then hes stuck in side control forever',
    ['guard_retention', 'side_control', 'side_control_escape'],
  ],
  ['student keeps getting his back taken when he turtles', ['back_take', 'back_take_defense', 'turtle']],
  ['my daughter asks what to do when the big kids pin her in kesa gatame', ['side_control', 'side_control_escape']],
  ['my wife asks how to escape when someone is on her back', ['back_control', 'back_control_escape']],
  // controls: the relayed person is the opponent when the user is in the story too
  ['my teammate catches me in her triangle from guard every single roll', ['triangle', 'triangle_defense']],
  ['my son keeps passing my guard, how do i stop him', ['guard_retention']],
]);

describe('asTheUser', () => {
  it.each([
    ['my wife asks how to escape when someone is on her back', 'my wife asks how to escape when someone is on my back'],
    ['my daughter says they pin her in side control', 'my daughter says they pin me in side control'],
    ['my 14 year old son asks how he stops the armbar', 'my 14 year old son asks how i stops the armbar'],
    ['the big kids keep mounting my son', 'the big kids keep mounting me'],
    ['my student keeps getting her guard passed', 'my student keeps getting my guard passed'],
  ])('%j → %j', (q, read) => {
    expect(asTheUser(q)).toBe(read);
  });

  it.each([
    // someone of the same gender in the story may own the pronouns
    'my son rolled with a big guy and he mounted him',
    // the user in the story: the relayed person may be the opponent
    'my husband is way stronger than me and he keeps mounting me',
    // no one relayed for
    'he keeps passing my guard',
    // a word addressing the reader opens the message
    'bro he keeps taking my back',
  ])('%j stays as it is', (q) => {
    expect(asTheUser(q)).toBe(q);
  });
});

readsAs('a name that is also shorthand is the person when a verb of a person follows', [
  ['ana keeps getting stuck in north south under the heavy girl', ['north_south', 'north_south_escape']],
  ['sweeps from closed guard for short legs, ana is 1.55', ['sweep', 'closed_guard']],
  ['ana wants to do butterfly stroke at the pool on off days', []],
  // controls: the shorthand beside BJJ words
  ['ana or darce from turtle', ['anaconda', 'darce', 'turtle']],
  ['how do I do the Darcy from front head lock and the Ana Conda in no gee', ['darce', 'anaconda', 'no-gi']],
  ['mr darcy is my favourite character', []],
]);

readsAs('names said into a phone, judo names and a city', [
  ['and a conda choke setups', ['anaconda']],
  ['my o soto keeps getting countered', ['throw']],
  ['okuri eri jime from the back, keikogi obviously', ['back_control', 'gi']],
  ['judogi grips for the collar choke', ['gi', 'cross_collar_choke']],
  ['first comp in kobe next month and im nervous', []],
  ['kob escapes', ['knee_on_belly', 'knee_on_belly_escape']],
  ['arm tri from 100kg, need the finish details', ['arm_triangle', 'side_control']],
  ['stuck under 100kg in north south', ['north_south', 'north_south_escape']],
  ['i weigh 100kg, any tips for my guard', []],
  ['site control escape for my wife', ['side_control', 'side_control_escape']],
]);

readsAs('a Portuguese rule-out reaches past "da" and "de"', [
  ['kimura que não seja da guarda fechada', ['kimura']],
  ['kimura sem ser de guarda fechada, meia guarda de preferência', ['kimura', 'half_guard']],
  ['me ensina a passar com pressao, o tal do smash, no cara da borboleta', ['guard_passing', 'butterfly_guard']],
]);

readsAs('a Portuguese passive, and taking a submission, is having it done to you', [
  ['tou sempre a ser montado pelo dentista lol', ['mount', 'mount_escape']],
  ['fui raspado da meia guarda', ['sweep', 'sweep_defense', 'half_guard']],
  ['levo triangulo toda hora', ['triangle', 'triangle_defense']],
  ['estou sendo finalizado no triangulo', ['triangle', 'triangle_defense']],
  // controls: being on top, and a place
  ['estrangulamento com a lapela quando estou montado', ['mount']],
  ['como finalizar da montada', ['mount']],
]);

readsAs('a second participle joined to a passive shares it', [
  [
    'she keeps getting mounted by this big girl and then armbarred, what should she watch',
    ['mount', 'mount_escape', 'armbar', 'armbar_defense'],
  ],
  ['i got swept by a white belt and then mounted', ['sweep', 'sweep_defense', 'mount', 'mount_escape']],
  // control: the user's own second move
  ['i swept him and then mounted', ['sweep', 'mount']],
]);

readsAs('stopping the opponent from recovering guard is passing it', [
  ['how do i stop them from recovering guard right after i get past their legs', ['guard_passing']],
  ['how to stop him recovering guard', ['guard_passing']],
  // controls: stopping them from passing is keeping one's guard
  ['how to stop people from passing my guard', ['guard_retention']],
  ['stop them from taking my back', ['back_take', 'back_take_defense']],
]);

readsAs('a role, a heel pulled free and a class the video is for are no topic', [
  [
    'i always pick defense first cause my choke is fine but the escaping side i suck at, whats good for a back escape',
    ['back_control', 'back_control_escape'],
  ],
  ['my straight ankle lock is bad, they always slip the heel out', ['straight_ankle_lock']],
  ['can u send a video on escaping mount for the teens class', ['mount', 'mount_escape']],
  // controls
  ['escaping side control', ['side_control', 'side_control_escape']],
  ['throw the kids in the car and drive', []],
]);

readsAs('someone who asked the user, the user asked, and a plural pointing back', [
  [
    'my training partner asked me to ask u: he keeps getting swept out of mount whenever he goes for the americana',
    ['sweep', 'sweep_defense', 'mount', 'americana'],
  ],
  [
    'my dad just started and keeps asking me how to get people off him when theyre in side control',
    ['side_control', 'side_control_escape'],
  ],
  [
    'got stuck under side control with this heavy blue belt, then he went north south. how do u get out of those',
    ['side_control', 'side_control_escape', 'north_south', 'north_south_escape'],
  ],
  // control: the user's own places
  ['i mount them and they escape, how do i keep them', ['mount']],
]);

readsAs('taken back, slips inside a verb, things that are not the move', [
  ['can u send the knee bar and also the heal hook, no wait scratch that just the knee bar for now', ['kneebar']],
  ['forget those armbars', []],
  ["got kimrua'd 4 times last night, how do i not", ['kimura', 'kimura_defense']],
  ['keeps trinagling me', ['triangle', 'triangle_defense']],
  ['the triangle of pizza i ate before class was a mistake', []],
  ['taking my back to a chiropractor tomorrow', []],
  ['chave de pé, how do i stop it slipping off the heel', ['straight_ankle_lock']],
  ['how do I do the arm bear from the clothes guard', ['armbar', 'closed_guard']],
  ['coach said matter leo from the back what is that', ['rear_naked_choke', 'back_control']],
  ['guilly off the snap down', ['guillotine']],
  ['ankle pick vs snap down', ['takedown']],
  ['broke my finger, cant grip. any guard without grips? butterfly maybe?', ['butterfly_guard']],
]);

readsAs('a relayed want, a lasso as a verb, standing up to pass, their pass as the moment, exams passed', [
  [
    'my training partner wants leg drag pass vids, and he says he keeps getting triangled whenever he tries passing',
    ['guard_passing', 'triangle', 'triangle_defense'],
  ],
  ["some purple belt lasso'd me all night and i couldnt pass once", ['lasso_guard', 'guard_passing']],
  ['lassoed a calf at the ranch', []],
  ['guillotine from standing after a snap down', ['guillotine', 'standing']],
  [
    'people keep ankle locking me when i stand up to pass open guard',
    ['straight_ankle_lock', 'straight_ankle_lock_defense', 'guard_passing', 'open_guard'],
  ],
  ['loop choke when they drive in to pass, gi obviously', ['loop_choke', 'gi']],
  ['passed my orgo final!! also someone send butterfly sweeps', ['butterfly_guard', 'sweep']],
  ['kimura trap from hall guard and also the darts choke', ['kimura', 'half_guard', 'darce']],
]);
