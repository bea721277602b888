// The shipped routing model (data/routing-model.json, written by `pnpm fit:routing` from the labelled
// routing sets).
import SHIPPED from '../../data/routing-model.json';
import { routeOddsWith, type RoutingModel } from './model';

export const SHIPPED_ROUTING_MODEL: RoutingModel = SHIPPED;
export const routeOdds = routeOddsWith(SHIPPED_ROUTING_MODEL);
