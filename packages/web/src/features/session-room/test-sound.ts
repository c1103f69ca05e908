import { playThrough } from './media-devices';

/** A short beep through the chosen speaker, so the device check can tell whether sound comes out where expected. */
export async function playTestSound(speakerId: string | null): Promise<void> {
  const context = new AudioContext();
  const oscillator = context.createOscillator();
  oscillator.frequency.value = 440;
  const gain = context.createGain();
  gain.gain.value = 0.15;
  const destination = context.createMediaStreamDestination();
  oscillator.connect(gain).connect(destination);
  const audio = new Audio();
  audio.srcObject = destination.stream;
  await playThrough(audio, speakerId);
  oscillator.start();
  try {
    await audio.play();
    await new Promise((resolve) => setTimeout(resolve, 700));
  } finally {
    oscillator.stop();
    audio.pause();
    audio.srcObject = null;
    await context.close();
  }
}
