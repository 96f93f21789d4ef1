/**
 * The Content-Security-Policy of the renderer, served by the app:// protocol (Electron) and by
 * the browser-mode server. No inline scripts, no eval. Styles allow inline because Mantine
 * injects its CSS variables as <style> tags.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
