// What the content script shows inside its shadow root: the Sidebar bound to the assistant's state,
// the outbox item's cancel link under it, and the focus banner when the sidebar is not open.
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { Assistant, AssistantState } from '../../lib/assistant';
import type { OffMenu } from '../../components/sidebar/types';
import { contained } from '../../lib/contained';

interface AppProps {
  assistant: Assistant;
  state: AssistantState;
  /** No room to open without covering the host: the badge stays, whatever the user chose. */
  cramped: boolean;
  /** The pause / turn-off menu (while open). */
  menu?: OffMenu;
}

export function App({ assistant: a, state, cramped, menu }: AppProps) {
  const collapsed = state.collapsed || cramped;
  const showSidebar = state.composer !== null;
  const focus = state.focus;
  // The Sidebar shows the schedule status only in its send-time card, which is there for a draft that needs it.
  const statusHidden = Boolean(state.schedule?.message) && (collapsed || state.quiet || state.analysis?.applicable === false);
  return (
    <div
      class="composure-shell"
      data-theme={state.theme}
      data-composer={state.composer?.kind ?? 'none'}
      data-cramped={cramped ? 'true' : undefined}
      // How long the draft was that the shown analysis read: tests and the playground wait on it.
      data-analysed-chars={state.analysis ? String(state.draft.length) : ''}
    >
      {showSidebar && (
        <Sidebar
          key={state.attachId}
          analysis={state.analysis}
          draft={state.draft}
          urgency={state.urgency}
          urgencyOverridden={state.urgencyOverridden}
          onUrgencyChange={contained('urgency change', (label) => a.setUrgency(label))}
          expectation={state.expectation}
          onInsert={contained('insert', (text, source) => a.insert(text, source))}
          sendTime={state.sendTime}
          onSchedule={contained('schedule', () => a.schedule())}
          {...(state.schedule ? { scheduleStatus: state.schedule } : {})}
          onAddPerson={contained('add person', (person) => a.addPerson(person))}
          onRecordAway={contained('record away', (id, range) => a.recordAway(id, range))}
          membersHidden={state.conversation?.membersHidden === true}
          {...(state.conversation?.membersNote ? { membersNote: state.conversation.membersNote } : {})}
          onReadMembers={contained('read members', () => a.readMembers())}
          theme={state.theme}
          collapsed={collapsed}
          quiet={state.quiet}
          cramped={cramped}
          onToggleCollapsed={contained('fold', () => a.toggleCollapsed())}
          onMenuOpenChange={contained('menu', (open) => a.menuOpened(open))}
          {...(state.problem ? { problem: state.problem } : {})}
          {...(focus ? { focus: focus.nextCheck ? { until: focus.until, nextCheck: focus.nextCheck } : { until: focus.until } } : {})}
          now={state.now}
          senderTimeZone={state.senderTimeZone}
          {...(menu ? { menu } : {})}
        />
      )}
      {showSidebar && (state.outboxItem || statusHidden) && (
        <p class="composure-outbox-line" data-testid="outbox-line">
          {statusHidden && state.schedule ? (
            // The card that normally shows this is hidden once the composer is empty (e.g. after scheduling).
            <span data-testid="schedule-status" data-state={state.schedule.state} role="status">
              {state.schedule.message}
            </span>
          ) : (
            <span>In the Composure outbox</span>
          )}
          {state.outboxItem && (
            <button type="button" class="composure-outbox-cancel" data-testid="outbox-cancel" onClick={contained('cancel outbox', () => a.cancelOutbox())}>
              Cancel
            </button>
          )}
        </p>
      )}
      {showSidebar && state.outboxElsewhere && (
        <p class="composure-outbox-line" data-testid="outbox-elsewhere" role="alert">
          <span>
            A scheduled message for {state.outboxElsewhere.title} is ready: open {state.outboxElsewhere.title} and Composure puts it back. It is
            still waiting in the outbox ({state.outboxElsewhere.reason}).
          </span>
        </p>
      )}
      {showSidebar && state.restoreOffer && (
        <div class="composure-outbox-line composure-restore-offer" data-testid="restore-offer" role="group" aria-label="Scheduled draft">
          <span>
            Your scheduled draft for “{state.restoreOffer.title}” is ready. This chat shows no id Composure can check, so it may be
            another chat with the same name. Put it back here?
          </span>
          <button type="button" class="composure-outbox-cancel" data-testid="restore-accept" onClick={contained('restore', () => a.answerRestore(true))}>
            Put it back
          </button>
          <button type="button" class="composure-outbox-cancel" data-testid="restore-decline" onClick={contained('restore', () => a.answerRestore(false))}>
            Not this chat
          </button>
        </div>
      )}
      {focus && (!showSidebar || collapsed) && (
        <p class="composure-focus-banner" data-testid="focus-banner" role="status">
          {focus.banner}
        </p>
      )}
    </div>
  );
}
