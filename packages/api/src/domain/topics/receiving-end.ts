// A message told from the receiving end ("everyone grabs my leg and i tap early", "they smash my
// guard and i'm flat in 3 seconds"): when no defensive word ties an intent to a topic, the user
// still asks how to survive what is done to them.
import { RECEIVING_END_PHRASES } from '../../data/receiving-end';
import { compilePhrases, hasPhrase, stemsOf } from '../word-phrases';

const phrases = compilePhrases(RECEIVING_END_PHRASES);

export const toldFromTheReceivingEnd = (query: string): boolean => hasPhrase(stemsOf(query), phrases);
