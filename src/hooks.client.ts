import { z } from 'zod/mini';

// The CSP has no 'unsafe-eval': zod must not even probe for `Function` (the probe alone is a
// reported violation). Set before any schema parses: this module loads before every route.
z.config({ jitless: true });
