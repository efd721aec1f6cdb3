import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import { productView, ProductsService } from '../../../libs/crm/products/products.service';
import { CreateProductDto, ListProductsQueryDto, UpdateProductDto } from './products.dto';
import { IdempotentCreate } from '../idempotency/idempotent-create';

/** The product catalogue: everyone reads it; admins and sales ops keep it. */
@ApiTags('products')
@ApiBearerAuth()
@Controller('api/v1/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @ApiCreatedResponse()
  @ApiConflictResponse({ description: 'the SKU is taken' })
  async create(@Body() body: CreateProductDto) {
    const product = await this.products.create(body);
    return productView(product);
  }

  @Get()
  async list(@Query() query: ListProductsQueryDto) {
    const page = await this.products.list(query);
    return { ...page, items: page.items.map(productView) };
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const product = await this.products.get(id);
    return productView(product);
  }

  @Patch(':id')
  @Roles('admin', 'salesops')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProductDto,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    const product = await this.products.update(id, body, ifMatch);
    return productView(product);
  }

  @Delete(':id')
  @Roles('admin', 'salesops')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'archived: quotes and invoices keep referring to it' })
  async archive(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
  ) {
    await this.products.archive(id, ifMatch);
  }
}
