import { describe, expect, it } from 'vitest';
import { containersFor, formatLabel, isValidFormat, withContainer, withQuality } from './options';

describe('quality and container', () => {
  it('offers audio containers for audio only and video containers otherwise', () => {
    expect(containersFor('AUDIO')).toEqual(['MP3', 'M4A']);
    expect(containersFor('P720')).toEqual(['MP4', 'MKV', 'WEBM']);
  });

  it('switching to audio picks MP3, and back to a video quality picks MP4', () => {
    const audio = withQuality({ quality: 'BEST', container: 'MKV' }, 'AUDIO');
    expect(audio).toEqual({ quality: 'AUDIO', container: 'MP3' });
    expect(withQuality({ quality: 'AUDIO', container: 'M4A' }, 'P1080')).toEqual({ quality: 'P1080', container: 'MP4' });
  });

  it('keeps a container that still fits', () => {
    expect(withQuality({ quality: 'BEST', container: 'WEBM' }, 'P480')).toEqual({ quality: 'P480', container: 'WEBM' });
    expect(withQuality({ quality: 'AUDIO', container: 'M4A' }, 'AUDIO')).toEqual({ quality: 'AUDIO', container: 'M4A' });
  });

  it('moves the quality when a container of the other kind is chosen', () => {
    expect(withContainer({ quality: 'P720', container: 'MP4' }, 'MKV')).toEqual({ quality: 'P720', container: 'MKV' });
    expect(withContainer({ quality: 'P720', container: 'MP4' }, 'M4A')).toEqual({ quality: 'AUDIO', container: 'M4A' });
    expect(withContainer({ quality: 'AUDIO', container: 'MP3' }, 'WEBM')).toEqual({ quality: 'BEST', container: 'WEBM' });
  });

  it('validates pairs the way the server does', () => {
    expect(isValidFormat({ quality: 'AUDIO', container: 'MP4' })).toBe(false);
    expect(isValidFormat({ quality: 'BEST', container: 'MP3' })).toBe(false);
    expect(isValidFormat({ quality: 'AUDIO', container: 'M4A' })).toBe(true);
    expect(formatLabel({ quality: 'P1080', container: 'WEBM' })).toBe('1080p WebM');
    expect(formatLabel({ quality: 'BEST', container: 'MP4' })).toBe('Best MP4');
  });
});
