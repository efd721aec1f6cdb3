import { AutomationClient } from '../../../libs/automation/client/automation-client';
import { dealSnapshot } from '../../../libs/crm/deals/deal-snapshot';
import { Body, Controller, Delete, Get, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { dealView, DealsService } from '../../../libs/crm/deals/deals.service';
import { DealBoardService } from '../../../libs/crm/board/deal-board.service';
import {
  dealProductsView,
  DealProductsService,
} from '../../../libs/crm/deal-products/deal-products.service';
import { stageChangeView } from '../../../libs/crm/stages/stage-history';
import { pageRequest, PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { type Principal } from '../../../libs/crm/users/role';
import {
  CreateDealDto,
  DealBoardQueryDto,
  DealTotalsQueryDto,
  ListDealsQueryDto,
  MigrateRulesDto,
  MoveDealDto,
  ReplaceDealProductsDto,
  UpdateDealDto,
} from './deals.dto';
import { DealBoardDto, DealCardDto, DealDto, DealProductsDto, DealTotalsDto } from './deals.views';
import { AutomationDto, StageChangeDto } from '../automation/automation.views';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import {
  created,
  IfMatch,
  listOrCsv,
  noContent,
  ok,
  Operation,
  UuidParam,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';

@ApiTags('deals')
@ApiBearerAuth()
@Controller('api/v1/deals')
export class DealsController {
  constructor(
    private readonly deals: DealsService,
    private readonly board: DealBoardService,
    private readonly automationClient: AutomationClient,
    private readonly products: DealProductsService,
    private readonly exports: ListExport,
  ) {}

  @Post()
  @IdempotentCreate()
  @Operation({
    id: 'createDeal',
    summary: 'Create a deal',
    description:
      'The deal starts in the first stage of its pipeline’s latest rules version, and its workflow starts.',
    answer: created(DealDto, "in the first stage of the pipeline's latest rules version"),
    problems: ['invalid-fields'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateDealDto) {
    const deal = await this.deals.create(p, body);
    return dealView(deal);
  }

  @Get()
  @Operation({
    id: 'listDeals',
    summary: 'List deals',
    answer: listOrCsv(PageOf(DealDto), 'a page of the deals the caller may see'),
  })
  async list(
    @CurrentUser() p: Principal,
    @Query() query: ListDealsQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    return this.exports.answer({ query, accept, name: 'deals', item: DealDto }, async (q) => {
      const page = await this.deals.list(p, q);
      return { ...page, items: page.items.map(dealView) };
    });
  }

  @Get('cards')
  @Operation({
    id: 'listDealCards',
    summary: 'List deals as board cards',
    description:
      'The deal list (same filters, same paging) with what a card shows: the company’s and the responsible’s names, the next planned activity and whether it is overdue. The board reads one column with `stage`.',
    answer: listOrCsv(PageOf(DealCardDto), 'a page of the deals the caller may see, as cards'),
  })
  async cards(
    @CurrentUser() p: Principal,
    @Query() query: ListDealsQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    return this.exports.answer({ query, accept, name: 'deal-cards', item: DealCardDto }, (q) =>
      this.board.cards(p, q),
    );
  }

  @Get('totals')
  @Operation({
    id: 'getDealTotals',
    summary: 'Count and sum deals per stage',
    description:
      'Per stage, how many of the deals the caller may see match the filters, and their amounts summed per currency: the board’s column heads.',
    answer: ok(DealTotalsDto, 'the stages that have deals'),
  })
  async totals(@CurrentUser() p: Principal, @Query() query: DealTotalsQueryDto) {
    return { stages: await this.board.totals(p, query) };
  }

  @Get('board')
  @Operation({
    id: 'getDealBoard',
    summary: 'Read a pipeline’s board at once',
    description:
      'A column per stage of the pipeline’s latest rules, in order, each with its count and amounts (as /deals/totals) and its first `limit` cards (as /deals/cards with `stage`; its `nextCursor` reads on there), under the same filters and within what the caller may see: the board’s first paint in one request.',
    answer: ok(DealBoardDto, 'the columns of the board'),
    problems: ['invalid-fields'],
  })
  async boardOf(@CurrentUser() p: Principal, @Query() query: DealBoardQueryDto) {
    return this.board.board(p, query);
  }

  @Get(':id')
  @Operation({ id: 'getDeal', summary: 'Read a deal', answer: ok(DealDto, 'the deal') })
  async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const deal = await this.deals.get(p, id);
    return dealView(deal);
  }

  @Get(':id/history')
  @Operation({
    id: 'listDealHistory',
    summary: 'The stage history of a deal',
    answer: listOrCsv(
      PageOf(StageChangeDto),
      'a page of stage changes, oldest first: from, to, when, by whom or which rule, rules version',
    ),
  })
  async history(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Query() query: PageQueryDto,
    @AcceptHeader() accept?: string,
  ) {
    const ask = { query, accept, name: 'deal-history', item: StageChangeDto };
    return this.exports.answer(ask, async (q) => {
      const page = await this.deals.history(p, id, pageRequest(q, 'at'));
      return { ...page, items: page.items.map(stageChangeView) };
    });
  }

  @Patch(':id')
  @Operation({
    id: 'updateDeal',
    summary: 'Change a deal’s fields',
    description: 'The stage changes only by a move; the pipeline and currency never.',
    answer: ok(DealDto, 'the deal as changed'),
    problems: ['invalid-fields'],
  })
  async update(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: UpdateDealDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const deal = await this.deals.update(p, id, body, ifMatch);
    return dealView(deal);
  }

  @Get(':id/products')
  @Operation({
    id: 'getDealProducts',
    summary: 'A deal’s product rows',
    answer: ok(DealProductsDto, 'the rows in their order, their totals and the deal’s amount'),
  })
  async getProducts(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const { deal, rows } = await this.products.get(p, id);
    return dealProductsView(deal, rows);
  }

  @Put(':id/products')
  @Operation({
    id: 'replaceDealProducts',
    summary: 'Replace a deal’s product rows',
    description:
      'The rows are computed as a quote’s (a catalogue product’s name, price, unit and tax are the defaults; a product in another currency than the deal is refused). The deal’s amount becomes the rows’ total (tax included) unless it was set by hand (`amountManual`). With If-Match, the deal’s ETag: the deal’s version moves on.',
    answer: ok(DealProductsDto, 'the rows as stored, their totals and the deal’s amount'),
    problems: ['invalid-fields'],
  })
  async replaceProducts(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: ReplaceDealProductsDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const { deal, rows } = await this.products.replace(p, id, body.rows, ifMatch);
    return dealProductsView(deal, rows);
  }

  @Post(':id/move')
  @Operation({
    id: 'moveDeal',
    summary: 'Move a deal to another stage',
    description:
      'Through the deal’s workflow, which checks the pipeline’s rules; the stage history records the change. A move to a lost stage names one of the loss reasons of the rules version the deal runs (`lossReason`, with an optional `lossNote`); missing or unknown answers 400 naming `lossReason`, as does a loss reason with a move to any other stage.',
    answer: ok(DealDto, 'moved; the stage history has the change'),
    problems: ['transition-refused', 'state-conflict', 'invalid-fields', 'workflow-unavailable'],
  })
  async move(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: MoveDealDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const deal = await this.deals.move(
      p,
      id,
      {
        to: body.to,
        override: body.override ?? false,
        ...(body.lossReason !== undefined ? { lossReason: body.lossReason } : {}),
        ...(body.lossNote !== undefined ? { lossNote: body.lossNote } : {}),
      },
      ifMatch,
    );
    return dealView(deal);
  }

  @Post(':id/rules-version')
  @Operation({
    id: 'migrateDealRules',
    summary: 'Run a deal on another version of its pipeline’s rules',
    answer: ok(
      DealDto,
      'the deal runs the new version from the next safe point; its history says so',
    ),
    problems: ['invalid-fields', 'state-conflict', 'workflow-unavailable'],
  })
  async migrateRules(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @Body() body: MigrateRulesDto,
  ) {
    return dealView(await this.deals.migrateRules(p, id, body.version));
  }

  @Get(':id/automation')
  @Operation({
    id: 'getDealAutomation',
    summary: 'What the automation does with a deal',
    answer: ok(
      AutomationDto,
      'stage, rules version, pending timers, open follow-ups, last events, each with what it caused (the rules that fired and the actions they ran); a link to the workflow in the Temporal UI',
    ),
    problems: ['workflow-unavailable'],
  })
  async automation(@CurrentUser() p: Principal, @UuidParam() id: string) {
    const deal = await this.deals.get(p, id, ['contact', 'company']);
    return this.automationClient.automation('deal', id, dealSnapshot(deal));
  }

  @Delete(':id')
  @Operation({ id: 'archiveDeal', summary: 'Archive a deal', answer: noContent('archived') })
  async archive(
    @CurrentUser() p: Principal,
    @UuidParam() id: string,
    @IfMatch() ifMatch: string | undefined,
  ) {
    await this.deals.archive(p, id, ifMatch);
  }
}
