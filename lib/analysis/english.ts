// Which language the draft is in (lib/analysis/README.md, "Languages"): the engine reads English; anything else is
// not applicable rather than confidently wrong. franc-min (a well-kept trigram identifier) decides
// between languages, but on short, typo-laden chat English it guesses wildly, so it is only asked when
// the text has too few English function words to be English, and only among languages people write
// chat in. Short text, code, links and @mentions are not judged: a terse English draft stays English.
import { franc } from 'franc-min';

/** Languages franc may answer with; 'eng' among them so it can still say English. */
const CANDIDATES = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'pol', 'swe', 'tur', 'ind', 'vie', 'rus', 'ukr', 'jpn', 'cmn', 'kor', 'hin', 'arb'];

/** Function words and chat staples of English: their share says "English" whatever the topic. */
const ENGLISH = new Set(
  ('a an the and or but if so to of in on at by for from with about as into than then this that these those it its is are was were be been ' +
    'being am do does did done have has had can could will would should shall may might must not no yes i me my we our us you your he she ' +
    'they them their his her who what when where why how which there here all any some just also still only very too more most ' +
    'please pls plz thanks thank thx ty hi hey hello ok okay asap fyi eod lgtm btw imo let lets up out over now today tomorrow ' +
    'need needs get got make want know think see look check fix review send ship merge deploy build test team')
    .split(' '),
);

const MIN_LETTERS = 12;
const MIN_WORDS = 5;
/** At or above this share of English words the text is English, whatever franc says. */
const ENGLISH_SHARE = 0.1;

/** True when the engine should read `text` as English. Linear; never throws. */
export function readsAsEnglish(text: string): boolean {
  const plain = text
    .replace(/```[\s\S]*?```|`[^`\n]*`/g, ' ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|@[\w.-]+|#\w+|\b[A-Z]+-\d+\b/g, ' ');
  const letters = plain.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_LETTERS) return true;
  const latin = plain.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters.length < 0.5) return false;
  const words = plain.toLowerCase().match(/\p{Script=Latin}[\p{Script=Latin}']*/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  const english = words.filter((w) => ENGLISH.has(w.replace(/'.*$/, ''))).length / words.length;
  if (english >= ENGLISH_SHARE) return true;
  return franc(plain, { only: CANDIDATES, minLength: 10 }) === 'eng';
}
