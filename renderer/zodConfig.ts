// Imported first by main.tsx: zod would probe for eval() to speed up parsing, and the
// Content-Security-Policy forbids eval, so zod is told before any module builds or runs a schema.
import { z } from 'zod';

z.config({ jitless: true });
