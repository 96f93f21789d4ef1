/** A short warning beep through the Web Audio API; silent where there is no audio (jsdom, policy). */
let context: AudioContext | null = null;

export function warningBeep(): void {
  try {
    const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = 440;
    gain.gain.value = 0.08;
    oscillator.connect(gain).connect(context.destination);
    const now = context.currentTime;
    oscillator.start(now);
    oscillator.stop(now + 0.18);
  } catch {
    // No sound is better than a broken counter.
  }
}
