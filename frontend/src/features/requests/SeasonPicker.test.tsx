import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RequestDialog } from './RequestDialog';
import { parseSeasons, seasonsLabel } from './seasons';
import { SeasonPicker, type SeasonChoice } from './SeasonPicker';

describe('parseSeasons', () => {
  it.each([
    ['1', [1]],
    ['3, 1', [1, 3]],
    ['2-4', [2, 3, 4]],
    ['1 2  5 – 7', [1, 2, 5, 6, 7]],
    ['0, 1, 1', [0, 1]],
  ])('%j → %j', (text, seasons) => {
    expect(parseSeasons(text)).toEqual({ ok: true, seasons });
  });

  it.each([
    ['', 'Enter at least one season number, like 1 or 2-4.'],
    ['one', '“one” isn\'t a season number. Use numbers like 1, 3 or 2-4.'],
    ['-1', '“-1” isn\'t a season number. Use numbers like 1, 3 or 2-4.'],
    ['4-2', '“4-2” runs backwards; write it as 2-4.'],
    ['1-500', 'Season numbers go up to 100.'],
  ])('%j is refused', (text, error) => {
    expect(parseSeasons(text)).toEqual({ ok: false, error });
  });

  it('labels a choice', () => {
    expect(seasonsLabel([])).toBe('All seasons');
    expect(seasonsLabel([2])).toBe('Season 2');
    expect(seasonsLabel([1, 3])).toBe('Seasons 1, 3');
  });
});

function Picker({ onChange }: { onChange: (v: SeasonChoice) => void }) {
  const [value, setValue] = useState<SeasonChoice>({ all: true, text: '' });
  return (
    <SeasonPicker
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('SeasonPicker', () => {
  it('starts on "All seasons" and shows the number box only for specific seasons', async () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'All seasons' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'Season numbers' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Specific seasons' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Season numbers' }), '1-2');
    expect(onChange).toHaveBeenLastCalledWith({ all: false, text: '1-2' });
  });
});

describe('RequestDialog', () => {
  const renderDialog = (onSubmit = vi.fn(), errors = {}) => {
    render(<RequestDialog open title="Severance" tv busy={false} errors={errors} onCancel={() => {}} onSubmit={onSubmit} />);
    return onSubmit;
  };

  it('requests all seasons with a note', async () => {
    const onSubmit = renderDialog();
    expect(screen.getByRole('dialog', { name: 'Request Severance' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Note (optional)' }), '  please  ');
    await userEvent.click(screen.getByRole('button', { name: 'Request' }));
    expect(onSubmit).toHaveBeenCalledWith({ seasons: null, note: 'please' });
  });

  it('sends the chosen seasons, and refuses numbers it cannot read next to the field', async () => {
    const onSubmit = renderDialog();
    await userEvent.click(screen.getByRole('radio', { name: 'Specific seasons' }));
    const box = screen.getByRole('textbox', { name: 'Season numbers' });
    await userEvent.type(box, 'two');
    await userEvent.click(screen.getByRole('button', { name: 'Request' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/“two” isn't a season number/);

    await userEvent.clear(box);
    await userEvent.type(box, '3, 1-2');
    expect(box).not.toHaveAttribute('aria-invalid');
    await userEvent.click(screen.getByRole('button', { name: 'Request' }));
    expect(onSubmit).toHaveBeenCalledWith({ seasons: [1, 2, 3], note: '' });
  });

  it("shows the server's complaint about seasons next to the picker", () => {
    renderDialog(vi.fn(), { seasons: 'Season numbers start at 0.' });
    expect(screen.getByTestId('field-error')).toHaveTextContent('Season numbers start at 0.');
  });
});
