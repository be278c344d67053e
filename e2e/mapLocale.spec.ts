/**
 * The map explorer on the Russian and Chinese pages: its controls, legend, the names of its
 * marks, the slider's value text and a state's details in the page's language, found by the
 * words a reader of that language types; records (event names) stay English and say so.
 */
import { expect, test } from './support/test';
import { mapShows } from './support/mapExplorer';

test.describe('the map explorer in Russian', () => {
  test('controls, legend, the slider’s value and a state found by its Russian name are in Russian', async ({ page }) => {
    await page.goto('/ru/?year=2017');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await mapShows(page, 2017);

    const controls = page.getByRole('group', { name: 'Управление картой' });
    await expect(controls.getByRole('slider', { name: 'Год' })).toHaveAttribute('aria-valuetext', '2017: 8 государств-членов');
    await expect(controls.getByRole('button', { name: /^Показать изменение состава с 2017 по \d{4} год$/ })).toBeVisible();
    await expect(controls.getByRole('button', { name: 'Список' })).toBeVisible();
    const layers = page.getByRole('group', { name: 'Слои' });
    await expect(layers.getByRole('button', { name: 'Государства-члены' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('group', { name: 'Масштаб' }).getByRole('button', { name: 'Увеличить' })).toBeVisible();

    const legend = page.getByRole('region', { name: 'Легенда' });
    const statuses = legend.getByRole('list', { name: 'Статус в 2017 году' });
    await expect(statuses.getByRole('listitem').filter({ hasText: 'Государства-члены' })).toContainText('8');
    await expect(legend.getByRole('heading', { name: 'Совместные учения' })).toBeVisible();

    // A state's shape is named in Russian, with the SCO's own name of Kyrgyzstan.
    await expect(page.getByRole('button', { name: 'Кыргызстан, государство-член' })).toHaveCount(1);

    const search = page.getByRole('combobox', { name: 'Найти государство' });
    await search.fill('казах');
    await page.getByRole('option', { name: 'Казахстан (KAZ)' }).click();
    const details = page.getByRole('region', { name: 'Легенда и подробности' });
    await expect(details.getByRole('heading', { level: 2, name: 'Казахстан' })).toBeVisible();
    await expect(details.getByText('Казахстан: Государство-член в 2017 году')).toBeVisible();
    await expect(details.getByRole('heading', { name: 'История статуса' })).toBeVisible();
    await expect(page).toHaveURL(/\/ru\/\?.*focus=KAZ/);
    await details.getByRole('button', { name: 'Закрыть подробности' }).click();
    await expect(details.getByRole('heading', { level: 2, name: 'Казахстан' })).toHaveCount(0);
  });

  test('an event keeps its English name, marked as English, in Russian details', async ({ page }) => {
    await page.goto('/ru/?year=2007&sel=peace-mission-2007');
    await mapShows(page, 2007);
    const heading = page.getByRole('heading', { level: 2, name: 'Peace Mission 2007' });
    await expect(heading).toHaveAttribute('lang', 'en');
    const details = page.locator('[data-details="peace-mission-2007"]');
    await expect(details.getByText('Совместное учение', { exact: true })).toBeVisible();
    await expect(details.getByText('Участники', { exact: true })).toBeVisible();
    await expect(details.getByRole('heading', { name: 'Численность войск' })).toBeVisible();
    // Its markers are named in Russian around the English name: "Peace Mission 2007, <place>, Китай, август 2007 г.".
    await expect(page.getByRole('button', { name: /^Peace Mission 2007, .+, (Китай|Россия), август 2007/ }).first()).toBeAttached();
  });
});

test.describe('the map explorer in Chinese', () => {
  test('controls, legend, the slider’s value and a state found by its Chinese name are in Chinese', async ({ page }) => {
    await page.goto('/zh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const slider = page.getByRole('slider', { name: '年份' });
    const year = await slider.getAttribute('aria-valuenow');
    await mapShows(page, year ?? '');
    await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${year}年：\\d+个成员国$`));

    await expect(page.getByRole('group', { name: '图层' }).getByRole('button', { name: '成员' })).toBeVisible();
    await expect(page.getByRole('group', { name: '缩放' }).getByRole('button', { name: '放大' })).toBeVisible();
    await expect(page.getByRole('button', { name: '列表视图' })).toBeVisible();
    const legend = page.getByRole('region', { name: '图例' });
    await expect(legend.getByRole('list', { name: `${year}年的地位` }).getByRole('listitem').first()).toBeVisible();

    const search = page.getByRole('combobox', { name: '查找国家' });
    await search.fill('哈萨克斯坦');
    await search.press('Enter');
    const details = page.getByRole('region', { name: '图例与详情' });
    await expect(details.getByRole('heading', { level: 2, name: '哈萨克斯坦' })).toBeVisible();
    await expect(details.getByRole('heading', { name: '地位沿革' })).toBeVisible();
    await expect(page).toHaveURL(/\/zh\/\?.*focus=KAZ/);
  });
});
