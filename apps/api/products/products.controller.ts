import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ProductDto } from './products.views';
import {
  created,
  IfMatch,
  noContent,
  ok,
  Operation,
  UuidParam,
  listOrCsv,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import { productView, ProductsService } from '../../../libs/crm/products/products.service';
import { CreateProductDto, ListProductsQueryDto, UpdateProductDto } from './products.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

/** The product catalogue: everyone reads it; admins and sales ops keep it. */
@ApiTags('products')
@ApiBearerAuth()
@Controller('api/v1/products')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly exports: ListExport,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'createProduct',
    summary: 'Add a product to the catalogue',
    answer: created(ProductDto, 'the product'),
    problems: ['duplicate'],
  })
  async create(@Body() body: CreateProductDto) {
    const product = await this.products.create(body);
    return productView(product);
  }

  @Get()
  @Operation({
    id: 'listProducts',
    summary: 'List the catalogue',
    answer: listOrCsv(PageOf(ProductDto), 'a page of products'),
  })
  async list(@Query() query: ListProductsQueryDto, @AcceptHeader() accept?: string) {
    return this.exports.answer({ query, accept, name: 'products', item: ProductDto }, async (q) => {
      const page = await this.products.list(q);
      return { ...page, items: page.items.map(productView) };
    });
  }

  @Get(':id')
  @Operation({ id: 'getProduct', summary: 'Read a product', answer: ok(ProductDto, 'the product') })
  async get(@UuidParam() id: string) {
    const product = await this.products.get(id);
    return productView(product);
  }

  @Patch(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'updateProduct',
    summary: 'Change a product',
    answer: ok(ProductDto, 'the product as changed'),
    problems: ['duplicate'],
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateProductDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    const product = await this.products.update(id, body, ifMatch);
    return productView(product);
  }

  @Delete(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'archiveProduct',
    summary: 'Archive a product',
    answer: noContent('archived: quotes and invoices keep referring to it'),
  })
  async archive(@UuidParam() id: string, @IfMatch() ifMatch: string | undefined) {
    await this.products.archive(id, ifMatch);
  }
}
