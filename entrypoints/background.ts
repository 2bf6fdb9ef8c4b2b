import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in later steps: database, message handlers, alarms.
});
