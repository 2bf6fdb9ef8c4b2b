// What the e2e tests read from the fixture pages' main world.
import type * as Hosts from '../../lib/hosts/index';

declare global {
  interface Window {
    __composureHosts: typeof Hosts;
    /** Fixture state (tests/fixtures/*.js). */
    __sent: Array<{ conversation: string; kind?: string; text: string }>;
    /** Up arrow in an empty composer: the last sent text the host opened for editing, per press. */
    __editLast?: Array<string | null>;
    __scheduled: Array<{ conversation: string; text: string; at: string; date?: string; time?: string }>;
    __ignoredPastes: number;
    __renders: number;
    /** Slack fixture: Quill instances. */
    __quill: QuillLike | null;
    __quills: Record<string, QuillLike | null>;
    /** Teams fixture: CKEditor instances. */
    __editor: EditorLike | null;
    __editors: Record<string, EditorLike | null>;
    __ready: boolean;
    /** Scratch space for tests. */
    __test: Record<string, unknown>;
  }
  interface QuillLike {
    getText(): string;
    setText(text: string): void;
    root: HTMLElement;
    history: { undo(): void };
  }
  interface EditorLike {
    getData(): string;
    setData(html: string): void;
    execute(command: string): void;
  }
}
