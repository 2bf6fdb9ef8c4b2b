// A pause between stages of long work in the background (analysis.ts), so events already queued — the
// popup's requests, other tabs' drafts — are answered in between.

/** Resolves in a new task once the events queued before it had their turn; a task boundary, no timer clamp. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
