// Every one-topic alias table, in every language: what the extractor compiles and the alias tests read.
import { FRENCH_ALIASES, GERMAN_ALIASES, ITALIAN_ALIASES, POLISH_ALIASES, RUSSIAN_ALIASES } from './european-glossary';
import { type BaseTopic, TOPIC_ALIASES } from './topic-aliases';
import { GLOSSARY_ALIASES, JAPANESE_ALIASES, SPANISH_ALIASES } from './topic-glossary';

export const ALIAS_TABLES: readonly Readonly<Partial<Record<BaseTopic, readonly string[]>>>[] = [
  TOPIC_ALIASES,
  GLOSSARY_ALIASES,
  JAPANESE_ALIASES,
  SPANISH_ALIASES,
  GERMAN_ALIASES,
  ITALIAN_ALIASES,
  FRENCH_ALIASES,
  POLISH_ALIASES,
  RUSSIAN_ALIASES,
];
