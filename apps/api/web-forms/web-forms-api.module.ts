import { Module } from '@nestjs/common';
import { WebFormsModule } from '../../../libs/crm/web-forms/web-forms.module';
import { PublicWebFormController } from './public-web-form.controller';
import { WebFormsController } from './web-forms.controller';

@Module({ imports: [WebFormsModule], controllers: [WebFormsController, PublicWebFormController] })
export class WebFormsApiModule {}
