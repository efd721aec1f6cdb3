import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../../../libs/crm/activities/activities.module';
import { ActivitiesController } from './activities.controller';

@Module({ imports: [ActivitiesModule], controllers: [ActivitiesController] })
export class ActivitiesApiModule {}
