import { Module } from '@nestjs/common';
import { RulesModule } from '../../../libs/rules/publishing/rules.module';
import { RulesController } from './rules.controller';

@Module({ imports: [RulesModule], controllers: [RulesController] })
export class RulesApiModule {}
