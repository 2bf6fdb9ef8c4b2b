// Trigger tokens for regex alternatives.
//
// A rule table compiles to one alternation of a hundred or more sources, and a backtracking engine tries
// every alternative at every word boundary: the cost is positions × alternatives. Most alternatives can
// only match where a particular word starts ("because", "so that", "i'd …"). This module reads an
// alternative's source and lists the tokens its matches can start with, so the engine runs the alternative
// only where one of them occurs in the message instead of trying it everywhere.
//
// The work is split by responsibility: regex-parse.ts reads sources into a tree, tokens.ts lists the
// tokens a match can start with, filters.ts the words it must contain. This module is the entry
// point the rest of the engine and the tests import from.
//
// Tokens (cut by prepareText in prepare.ts): runs of [a-z0-9_]; an apostrophe with the word characters after it ("'s");
// single symbol characters that rules start with (@ # $ ! ~ ) and non-ASCII punctuation or emoji); and a
// line-start marker, since rules run line by line and `^` means the start of a line.
export { captureCount } from './regex-parse';
export { LINE_START, triggersOf } from './tokens';
export { filtersOf } from './filters';
