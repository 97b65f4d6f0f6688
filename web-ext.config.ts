import { defineWebExtConfig } from 'wxt';

// Machines here have no display; `wxt dev` must not try to open a browser (STACK.md pitfall 7).
export default defineWebExtConfig({ disabled: true });
