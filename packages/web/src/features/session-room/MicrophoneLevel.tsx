import { Box, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** 0 to 1 from the loudness of the samples: -60 dB (silence) to 0 dB (as loud as it gets). */
function levelOf(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / samples.length);
  const decibels = 20 * Math.log10(rms || 1e-8);
  return Math.min(1, Math.max(0, (decibels + 60) / 60));
}

/**
 * How loud the microphone hears you, live: a bar drawn on every animation frame straight into the DOM (no React
 * render per frame), exposed to screen readers as a meter updated in steps of 10%.
 */
export function MicrophoneLevel({ stream }: { stream: MediaStream | null }) {
  const { t } = useTranslation();
  const meterRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const track = stream?.getAudioTracks()[0] ?? null;

  useEffect(() => {
    const meter = meterRef.current;
    const bar = barRef.current;
    if (!track || !meter || !bar) return;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let frame = 0;
    let shown = -1;
    const draw = () => {
      analyser.getFloatTimeDomainData(samples);
      const level = track.enabled ? levelOf(samples) : 0;
      bar.style.width = `${Math.round(level * 100)}%`;
      const step = Math.round(level * 10) * 10;
      if (step !== shown) {
        shown = step;
        meter.setAttribute('aria-valuenow', String(step));
      }
      frame = requestAnimationFrame(draw);
    };
    draw();
    // Browsers start audio only after a click on the page: until then the meter waits for one.
    const resume = () => void context.resume();
    if (context.state === 'suspended') {
      resume();
      document.addEventListener('pointerdown', resume, { once: true });
    }
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', resume);
      source.disconnect();
      void context.close();
    };
  }, [track]);

  if (!track) return null;
  return (
    <Box>
      <Text size="sm" fw={500} mb={4} id="microphone-level-label">
        {t('room.check.level')}
      </Text>
      <Box
        ref={meterRef}
        role="meter"
        aria-labelledby="microphone-level-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={0}
        data-testid="microphone-level"
        h={10}
        bg="gray.2"
        style={{ borderRadius: 5, overflow: 'hidden' }}
      >
        <Box ref={barRef} h="100%" bg="teal.6" style={{ width: '0%', transition: 'width 60ms linear' }} />
      </Box>
      <Text size="xs" c="dimmed" mt={4}>
        {t('room.check.levelHint')}
      </Text>
    </Box>
  );
}
