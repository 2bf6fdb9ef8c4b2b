// Runs before every unit and component test file: IndexedDB in memory (fake-indexeddb), and
// testing-library's waits sized for a loaded 2-core CI machine (its 1 s default fails there when
// nothing is wrong; a real failure still fails, only later).
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
