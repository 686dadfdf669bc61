import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { posterSrcSet, titleInitials } from './format';
import { Poster } from './Poster';

describe('Poster', () => {
  it('lazy-loads the image with every width in srcset and shimmers until it loads', () => {
    const { container } = render(<Poster title="The Matrix" url="/images/42/poster?w=300" />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('src', '/images/42/poster?w=300');
    expect(img).toHaveAttribute('srcset', '/images/42/poster?w=150 150w, /images/42/poster?w=300 300w, /images/42/poster?w=600 600w');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('decoding', 'async');
    expect(img).toHaveAttribute('alt', '');
    expect(screen.getByTestId('poster-skeleton')).toBeInTheDocument();
    expect(img.className).toContain('opacity-0');

    fireEvent.load(img);
    expect(screen.queryByTestId('poster-skeleton')).not.toBeInTheDocument();
    expect(img.className).toContain('opacity-100');
  });

  it('shows the title initials on a gradient when there is no poster', () => {
    const { container } = render(<Poster title="The Dark Knight" url={null} />);
    expect(container.querySelector('img')).toBeNull();
    const fallback = screen.getByTestId('poster-fallback');
    expect(fallback).toHaveTextContent('DK');
    expect(fallback).toHaveAttribute('aria-hidden', 'true');
    expect(fallback.style.backgroundImage).toContain('linear-gradient');
  });

  it('falls back to initials when the image fails to load', () => {
    const { container } = render(<Poster title="Up" url="/images/7/poster?w=300" />);
    fireEvent.error(container.querySelector('img')!);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('poster-fallback')).toHaveTextContent('U');
  });

  it('tries again when it is given another poster after a failure', () => {
    const { container, rerender } = render(<Poster title="Up" url="/images/7/poster?w=300" />);
    fireEvent.error(container.querySelector('img')!);
    rerender(<Poster title="Up" url="/images/8/poster?w=300" />);
    expect(container.querySelector('img')).toHaveAttribute('src', '/images/8/poster?w=300');
  });
});

describe('poster helpers', () => {
  it('builds a srcset from any width the API returned', () => {
    expect(posterSrcSet('/images/1/poster?w=150')).toBe(
      '/images/1/poster?w=150 150w, /images/1/poster?w=300 300w, /images/1/poster?w=600 600w',
    );
  });

  it.each([
    ['The Matrix', 'M'],
    ['The Dark Knight', 'DK'],
    ['Up', 'U'],
    ['2001: A Space Odyssey', '2S'],
    ['  ', '?'],
  ])('initials of %j → %s', (title, expected) => {
    expect(titleInitials(title)).toBe(expected);
  });
});
