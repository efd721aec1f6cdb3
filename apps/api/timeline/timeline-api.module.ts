import { Module } from '@nestjs/common';
import { CommentsModule } from '../../../libs/crm/comments/comments.module';
import { TimelineModule } from '../../../libs/crm/timeline/timeline.module';
import { TIMELINE_CONTROLLERS } from './record-timeline.controller';

@Module({ imports: [TimelineModule, CommentsModule], controllers: TIMELINE_CONTROLLERS })
export class TimelineApiModule {}
