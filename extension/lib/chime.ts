// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Plays a soft two-note chime with WebAudio: quiet, with a gentle attack and a long fade, so it
 * does not startle anyone in a shared office. No audio file is shipped or fetched.
 */
export async function playChime(context: AudioContext = new AudioContext()): Promise<void> {
  if (context.state === 'suspended') await context.resume();
  const start = context.currentTime + 0.05;
  const notes = [
    { frequency: 659.25, at: 0 },
    { frequency: 523.25, at: 0.35 },
  ];
  for (const note of notes) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = note.frequency;
    gain.gain.setValueAtTime(0, start + note.at);
    gain.gain.linearRampToValueAtTime(0.12, start + note.at + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + 1.4);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + note.at);
    oscillator.stop(start + note.at + 1.5);
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await context.close();
}
