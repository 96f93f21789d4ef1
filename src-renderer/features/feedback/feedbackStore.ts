/** The counter's feedback capture: whether its dialog is open (any key or button at the counter opens it). */
import { create } from 'zustand';

interface FeedbackCaptureState {
  open: boolean;
  openCapture(): void;
  closeCapture(): void;
}

export const useFeedbackCapture = create<FeedbackCaptureState>((set) => ({
  open: false,
  openCapture: () => set({ open: true }),
  closeCapture: () => set({ open: false }),
}));
