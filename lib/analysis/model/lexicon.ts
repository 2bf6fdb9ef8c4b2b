// Word classes: general meaning the model can compose, so an incident is "something failing" ×
// "something that matters" × "now" or "everyone", not a list of incident sentences. Single
// words (lemmatised as words.ts does); written from the definitions in lib/analysis/README.md, not from
// the corpus. The model learns the weights; these only say which words mean the same thing.
export const WORD_CLASSES: Readonly<Record<string, string>> = {
  failure:
    'down outage broken break fail failure error crash twice wrongly misroute overcharge refund dupe duplicate spam spawn cheat bypass free unavailable unreachable degrade slow latency spike leak expose breach compromise corrupt lose lost miss missing delete wipe drop stuck hang hung blank wrong incorrect duplicate double overcharge expire revoke hijack phish suspicious unauthorized ddos attack vulnerability cve exploit outage 500 502 503 504 timeout oom bleed flap throttle reject decline bounce',
  matter:
    'prod production live customer user client patient merchant player gamer member subscriber shopper buyer tenant visitor guest student partner purchase charge price progress chat private personal phone address name inbox notification push payment checkout billing invoice login signin sign auth data database db pii email password token key secret credential security account order site website app api store cert certificate domain dns ssl tls record money card refund payout',
  scope: 'everyone everybody all every nobody entire whole global globally widespread multiple many majority most region half report ticket complaint growing other another someone else',
  now: 'now currently since ongoing still start keep continue right active at the moment as we speak just minute min last hour growing',
  resolved: 'resolve fix mitigate recover restore postmortem rca retro yesterday last week earlier back to normal all clear',
  nonprod: 'staging stage dev test local localhost ci sandbox qa preview branch flaky unit lint e2e pipeline build',
  change: 'breaking change deprecate deprecation migration upgrade bump refactor rename',
  ask: 'can could would please pls need want mind let me know lmk ptal wdyt help',
  wh: 'what when where why how which who whom whose',
  proposal: "suggest recommend propose vote prefer should let lets let's i'd go with my take i think we plan is",
  options: 'or either vs versus option alternatively alternative tradeoff downside upside pro con instead whereas',
  deadline: 'by before eod eow cob today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday morning afternoon week deadline until due within hour day end of no rush no reply no need no action',
  handoff: 'hand handoff handover over take taking covering cover ooo leave vacation pto transition passing pass back from while i am out',
  review: 'review approve approval sign off signoff feedback look diff mock mockup figma doc draft spec rfc design pr mr',
  fyi: 'fyi heads up announcement announce welcome reminder release ship launch psa just so you know no action note',
  status: 'update progress done finish complete working wip block eta on track merge deploy land shipped today so far',
  social: 'thanks thank ty thx cheers lol haha ok okay sound good great nice awesome congrats welcome gm morning hi hello hey np sure will do on it yay',
  blocker: 'block blocker blocking cannot proceed wait waiting stuck hold holding until unblock depend',
  urgency: 'urgent asap immediately emergency critical sev1 sev2 p0 p1 pager page paging escalate escalation',
  reason: 'because so that since for goal reason why context background in order to otherwise means',
  evidence: 'zlink zticket zmetric znum ztime zcode zcodeblock log trace screenshot dashboard graph chart grafana datadog sentry',
  people: 'zmention team squad folk guy you',
  broadcast: 'zbroadcast anyone someone anybody somebody',
};

/** lemma → its classes. */
export function classIndex(lemmaOf: (w: string) => string): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const [cls, list] of Object.entries(WORD_CLASSES)) {
    for (const w of list.split(' ')) {
      const l = lemmaOf(w);
      const at = words.get(l) ?? [];
      if (!at.includes(cls)) at.push(cls);
      words.set(l, at);
    }
  }
  return words;
}
