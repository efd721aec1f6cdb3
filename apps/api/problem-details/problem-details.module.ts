import { Module } from '@nestjs/common';
import { ProblemTypesController } from './problem-types.controller';

@Module({ controllers: [ProblemTypesController] })
export class ProblemDetailsModule {}
