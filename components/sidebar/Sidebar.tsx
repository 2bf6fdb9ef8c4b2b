// The compose assistant beside the host's message box. Pure render: every effect is a callback prop.
import { useState } from 'preact/hooks';
import type { Analysis, PartId } from '../../lib/analysis/types';
import { MAX_ANALYZED_CHARS } from '../../lib/analysis/limits';
import { PART_LABELS } from '../../lib/sidebar/labels';
import { partsView } from '../../lib/sidebar/proportion';
import { Checklist } from './Checklist';
import { CollapsedPill } from './CollapsedPill';
import { DraftPreview } from './DraftPreview';
import { Header } from './Header';
import { FocusLine, ProblemNotice, QuietState } from './Notices';
import { Section } from './Section';
import { MembersNote } from './MembersNote';
import { MenuButton, MenuList } from './SidebarMenu';
import { SendTimeCard } from './SendTimeCard';
import type { SidebarProps } from './types';
import { UrgencyPicker } from './UrgencyPicker';
import { Warnings } from './Warnings';

type Shown = { kind: 'part'; id: PartId } | { kind: 'warning'; id: string } | null;

/** 'Request · 2 needed', 'Decision · complete'. */
function summaryOf(analysis: Analysis | null, quiet: boolean): string {
  if (quiet) return 'Keep writing…';
  if (!analysis) return 'Reading your draft…';
  if (!analysis.applicable) return analysis.notApplicable === 'language' ? 'Not English' : 'Quick reply';
  const kind = analysis.kind.charAt(0).toUpperCase() + analysis.kind.slice(1);
  const missing = analysis.checks.filter((c) => c.required && !c.present).length;
  return `${kind} · ${missing === 0 ? 'complete' : `${missing} needed`}`;
}

/** The spans the preview should mark, or null when nothing (still) applies. */
function shownSpans(analysis: Analysis, shown: Shown): { spans: Array<[number, number]>; label: string } | null {
  if (shown?.kind === 'part') {
    const check = analysis.checks.find((c) => c.id === shown.id);
    return check?.present ? { spans: check.spans, label: `${PART_LABELS[shown.id].name} in your draft` } : null;
  }
  if (shown?.kind === 'warning') {
    const w = analysis.warnings.find((x) => x.id === shown.id);
    return w?.span ? { spans: [w.span], label: 'Warning in your draft' } : null;
  }
  return null;
}

export function Sidebar(props: SidebarProps) {
  const { analysis, draft, theme, collapsed } = props;
  const quiet = props.quiet ?? false;
  const [shown, setShown] = useState<Shown>(null);
  const [allParts, setAllParts] = useState(false);
  const [menuOpen, setMenuOpenState] = useState(false);
  // The assistant keeps the panel open or folded as it is while the menu is open (lib/assistant/reveal.ts).
  const setMenuOpen = (open: boolean) => {
    setMenuOpenState(open);
    props.onMenuOpenChange?.(open);
  };
  // The user's own open or fold goes first (from the layout shown), then the menu closes.
  const toggleCollapsed = () => {
    props.onToggleCollapsed();
    if (menuOpen) setMenuOpen(false);
  };
  // Never a score for a draft too short to judge (an empty or one-word draft is not a 0).
  const score = analysis?.applicable && !quiet ? analysis.score : null;
  const rootClass = `composure composure--${theme}${collapsed ? ' composure--collapsed' : ''}`;
  // Test and bench hook: the length of the draft the shown analysis is of (absent before the first one).
  const analysed = analysis ? draft.length : undefined;

  if (collapsed) {
    // The menu is one click (or Tab, Enter) from the badge too: its ⋯, or the badge's context menu.
    const menu = props.menu;
    return (
      <div class={`${rootClass}${menu && menuOpen ? ' composure--menu-open' : ''}`} data-theme={theme} data-testid="sidebar" data-analysed-chars={analysed}>
        <div class="composure-badge-row">
          <CollapsedPill
            score={score}
            urgency={quiet ? null : props.urgency}
            onExpand={toggleCollapsed}
            cramped={props.cramped ?? false}
            {...(menu ? { onMenu: () => setMenuOpen(true) } : {})}
          />
          {menu && <MenuButton open={menuOpen} onToggle={() => setMenuOpen(!menuOpen)} />}
        </div>
        {menu && menuOpen && (
          <MenuList
            menu={menu}
            onChoose={(choice, trusted) => {
              setMenuOpen(false);
              menu.onChoose(choice, trusted);
            }}
            onClose={() => setMenuOpen(false)}
          />
        )}
      </div>
    );
  }

  const applicable = analysis?.applicable === true && !quiet;
  const preview = applicable ? shownSpans(analysis!, shown) : null;
  const present = analysis?.checks.filter((c) => c.present).length ?? 0;
  const parts = applicable ? partsView(analysis!, draft) : null;
  return (
    <div class={rootClass} data-theme={theme} data-testid="sidebar" data-analysed-chars={analysed} role="complementary" aria-label="Composure compose assistant">
      <Header
        score={score}
        summary={summaryOf(analysis, quiet)}
        urgency={quiet ? null : props.urgency}
        onCollapse={toggleCollapsed}
        {...(props.menu ? { menu: { open: menuOpen, onToggle: () => setMenuOpen(!menuOpen) } } : {})}
      />
      {props.menu && menuOpen && (
        <MenuList
          menu={props.menu}
          onChoose={(choice, trusted) => {
            setMenuOpen(false);
            props.menu?.onChoose(choice, trusted);
          }}
          onClose={() => setMenuOpen(false)}
        />
      )}
      <div class="composure-body">
        {props.problem && <ProblemNotice problem={props.problem} />}
        {!quiet && draft.length > MAX_ANALYZED_CHARS && (
          <p class="composure-notice" data-testid="analysis-capped" role="status">
            Composure reads the first {MAX_ANALYZED_CHARS.toLocaleString('en-US')} characters of a draft; the rest is not checked.
          </p>
        )}
        {props.focus && <FocusLine until={props.focus.until} {...(props.focus.nextCheck ? { nextCheck: props.focus.nextCheck } : {})} zone={props.senderTimeZone} />}
        {quiet && <QuietState pending={false} writing />}
        {!quiet && !analysis?.applicable && <QuietState pending={analysis === null} language={analysis?.notApplicable === 'language'} />}
        {applicable && analysis && parts && (
          <>
            <Section title="Parts" aside={`${present} of ${analysis.checks.length}`} testid="checklist">
              <Checklist
                checks={analysis.checks}
                visible={allParts ? null : parts.shown}
                brief={parts.brief}
                onShowAll={setAllParts}
                shown={shown?.kind === 'part' ? shown.id : null}
                onShow={(id) => setShown(id ? { kind: 'part', id } : null)}
                onInsert={props.onInsert}
              />
              {preview && <DraftPreview draft={draft} spans={preview.spans} label={preview.label} />}
            </Section>
            {analysis.warnings.length > 0 && (
              <Section title="Warnings" aside={String(analysis.warnings.length)} testid="warnings">
                <Warnings
                  warnings={analysis.warnings}
                  shown={shown?.kind === 'warning' ? shown.id : null}
                  onShow={(id) => setShown(id ? { kind: 'warning', id } : null)}
                  onInsert={props.onInsert}
                />
              </Section>
            )}
            <Section title="Urgency" aside={props.urgencyOverridden ? 'set by you' : 'automatic'} testid="urgency-section">
              <UrgencyPicker
                urgency={props.urgency}
                overridden={props.urgencyOverridden}
                analysed={analysis.urgency.label}
                reasons={analysis.urgency.reasons}
                expectation={props.expectation}
                onChange={props.onUrgencyChange}
                onInsert={props.onInsert}
              />
            </Section>
          </>
        )}
        {!quiet && analysis?.applicable !== false && (
          <Section title="Send time" testid="send-time-section">
            {props.onReadMembers && (
              <MembersNote hidden={props.membersHidden === true} {...(props.membersNote ? { note: props.membersNote } : {})} onRead={props.onReadMembers} />
            )}
            {props.sendTime ? (
              <SendTimeCard
                view={props.sendTime}
                now={props.now}
                senderTimeZone={props.senderTimeZone}
                {...(props.timeZones ? { timeZones: props.timeZones } : {})}
                {...(props.scheduleStatus ? { status: props.scheduleStatus } : {})}
                onSchedule={props.onSchedule}
                onAddPerson={props.onAddPerson}
                onRecordAway={props.onRecordAway}
              />
            ) : (
              <p class="composure-muted">Looking for who is in this conversation…</p>
            )}
          </Section>
        )}
      </div>
    </div>
  );
}
