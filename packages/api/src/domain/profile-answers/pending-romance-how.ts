// Spanish and Portuguese "how" opening a technique question, moved out of pending.ts to keep it short.

import type { Token } from './text';

/**
 * "cómo mantener la montada", "como fazer o ezequiel", "como se defende": Spanish or Portuguese "how"
 * before one of the verbs a technique question uses, or "se"/"eu"/"hago", asks; "como hobby",
 * "como mujer", "como militar" (as a hobby, a woman, a soldier) answer.
 */
export function asksHowInRomance(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === 'como' && HOW_FOLLOWERS.has(tokens[i + 1]?.text ?? '');
}
const HOW_FOLLOWERS: ReadonlySet<string> = new Set([
  'se',
  'eu',
  'faco',
  'hago',
  'puedo',
  'posso',
  'fazer',
  'hacer',
  'escapar',
  'sair',
  'salir',
  'defender',
  'passar',
  'pasar',
  'manter',
  'mantener',
  'finalizar',
  'pegar',
  'tomar',
  'raspar',
  'montar',
  'sacar',
  'evitar',
  'parar',
  'aplicar',
  'usar',
  'entrar',
  'chegar',
  'llegar',
  'travar',
  'trancar',
  'segurar',
  'sujetar',
  'controlar',
  'atacar',
  'estrangular',
]);
