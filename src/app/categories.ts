export { CATEGORIES, CATEGORY_TITLES, type Category } from '../core/category.ts';
