// Portuguese and Spanish words the older tables lacked, as one more tongue (world-words.ts joins it
// in): refusals said after what they refuse ("bottom nem pensar", "guarda não é comigo"), goals told
// by their prize ("subir no pódio", "manter a forma"), a belt put off to a later date ("no fim do
// ano"), no side favoured ("não tenho posição preferida") and crowds as a subject ("o pessoal").
// Accents are folded before these are read. Data only.

import type { TongueWords } from './tongue-words';

const POSITION_NOUN = 'posicao|posicion|lado|posicoes|posiciones';
const FAVOURED = 'preferida|preferido|favorita|favorito|preferencial';

export const IBERIAN: TongueWords = {
  negations: [
    // "nem sei fazer guarda", "ni sé pasar", "nem gosto de ficar por baixo": not even
    ['nem|ni sei|se|gosto|curto|quero|consigo|tento|puedo|quiero|intento', 'pre'],
    ['nem|ni me gusta|interesa|atrai', 'pre'],
    // said after what it refuses: "bottom nem pensar", "la guardia ni loco", "competir, jamás"
    ['nem pensar', 'post'],
    ['nem a pau', 'post'],
    ['nem morto|morta', 'post'],
    ['ni loco|loca|pensarlo|muerto|muerta', 'post'],
    ['ni de broma', 'post'],
    // "nem pela medalha", "ni por competir": nor, not even (bare "ni" is Swahili and Japanese too)
    ['nem', 'pre'],
    ['ni por|para|la|el|los|las|de|un|una|tampoco', 'pre'],
    // "guarda não é comigo", "la guardia no es lo mío", "competir no es para mí", "não é meu forte"
    ['nao e comigo', 'post'],
    ['nao e pra|para mim', 'post'],
    ['nao e meu|minha forte|praia|jogo|estilo', 'post'],
    ['no es lo mio', 'post'],
    ['no es para mi', 'post'],
    ['no es mi fuerte|juego|estilo|cosa', 'post'],
    // "fazer guarda me destrói", "la guardia me mata": it wrecks the user
    ['me destroi|mata|acaba|detona|quebra|arrebenta|destroza|revienta', 'post'],
    // "não tô nem aí pra competir" (couldn't care less about), "me da igual competir"
    ['nem ai pra|para|com', 'pre'],
    ['me importa un pepino|bledo|comino', 'post'],
    // "medalha não me interessa", "não me interessa competir": either side of it
    ['nao me interessa|interessam|importa|importam|atrai|atraem', 'both'],
  ],
  goals: [
    // the prize told for the competing: "subir no pódio", "ganar medallas", "pegar medalha"
    ['podio|podium|medalha|medalhas|medalla|medallas|trofeu|trofeo|trofeos', 'competition'],
    ['subir no|al|ao podio', 'competition'],
    // keeping or getting in shape: "manter a forma", "mantener la forma", "ficar sarado", "ficar forte"
    ['manter|mantener|mantenerme a|la forma', 'fitness'],
    ['ficar|estar|ponerme sarado|sarada|trincado|trincada|marombado|fuerte|forte|fit', 'fitness'],
    ['queimar|quemar calorias|gordura|grasa', 'fitness'],
  ],
  positions: [
    // "não tenho posição preferida", "no tengo posición favorita", "sem lado preferido": none favoured
    [`nao|no tenho|tengo ${POSITION_NOUN} ${FAVOURED}`, 'balanced'],
    [`nao|no tenho|tengo uma|una ${POSITION_NOUN} ${FAVOURED}`, 'balanced'],
    [`sem|sin ${POSITION_NOUN} ${FAVOURED}`, 'balanced'],
    // "não gosto de me prender num lado só", "no me caso con un lado": tied to no one side
    ['prender|preso|presa|casarme|atarme num|nun lado', 'balanced'],
    ['prender|preso|presa|casarme|atarme a|en|con um|un lado', 'balanced'],
    ['dos dois lados', 'balanced'],
    ['de ambos|los lados', 'balanced'],
    ['dos dois', 'balanced'],
  ],
  beltTimes: [
    // a belt put at a later date: "no fim do ano eu pego a azul", "para fin de año", "ano que vem"
    ['no|ate fim|final do ano|mes|semestre', 'hope'],
    ['ate o fim|final do ano|mes|semestre', 'hope'],
    ['a|para|al fin|final de ano|mes|semestre', 'hope'],
    ['para|a fin|final del ano|mes|semestre', 'hope'],
    ['ano|mes que vem', 'hope'],
    // …but "no fim do ano passado", "a fin del año pasado" are gone by
    ['no|ate fim|final do ano|mes|semestre passado', 'past'],
    ['a|para|al fin|final de|del ano|mes|semestre pasado', 'past'],
    ['el ano|mes que viene', 'hope'],
    ['proximo ano|mes|exame|graduacao', 'hope'],
    ['proximo ano|mes|examen|graduacion', 'hope'],
    ['se deus quiser', 'hope'],
    ['si dios quiere', 'hope'],
    ['ojala', 'hope'],
  ],
  // crowds and teams as a clause's subject: "o pessoal do meu time é todo de guarda", "la banda"
  others: ['pessoal', 'galera', 'equipe', 'equipo'],
};
