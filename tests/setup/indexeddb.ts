// Gives every unit test an in-memory IndexedDB before Dexie is first imported (Dexie looks for it then).
import 'fake-indexeddb/auto';
