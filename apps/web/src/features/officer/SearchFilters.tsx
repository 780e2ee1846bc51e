import { useEffect } from 'react';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/use-i18n';
import { QUALIFICATION_TAGS, type EnterpriseSearchQuery } from '../../api/types';
import { INDUSTRY_SECTIONS, SHENZHEN_DISTRICTS } from '../../reference/options';
import { useApi } from '../../api/use-api';
import { fetchJurisdictions } from '../../api/jurisdictions';
import { useAuth } from '../auth/use-auth';
import { districtOptions } from './district-options';

type Filters = Pick<EnterpriseSearchQuery, 'q' | 'district' | 'industry' | 'tag'>;

interface Props {
  value: Filters;
  onSearch(filters: Filters): void;
}

/** The search form above the enterprise table: name or uscc, district, industry section, tag. */
export function SearchFilters({ value, onSearch }: Props) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<Filters>();

  useEffect(() => {
    form.setFieldsValue({ q: value.q, district: value.district, industry: value.industry, tag: value.tag });
  }, [form, value.q, value.district, value.industry, value.tag]);

  const { me } = useAuth();
  const jurisdictions = useApi(() => fetchJurisdictions(), []);
  // The server's list below the officer's jurisdiction; the built-in Shenzhen list if it could not be read.
  const districts = jurisdictions.data
    ? districtOptions(jurisdictions.data, me?.jurisdiction ?? '').map((j) => ({ value: j.id, label: pick(j.name) }))
    : SHENZHEN_DISTRICTS.map((o) => ({ value: o.value, label: pick(o.label) }));
  return (
    <Form<Filters> form={form} layout="vertical" onFinish={onSearch} data-testid="search-filters">
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="q" label={t('enterprise.name')}>
            <Input allowClear placeholder={t('search.placeholder')} prefix={<SearchOutlined />} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item name="district" label={t('search.district')}>
            <Select allowClear placeholder={t('search.any')} options={districts}
              loading={jurisdictions.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="industry" label={t('search.industry')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('search.any')}
              options={INDUSTRY_SECTIONS.map((o) => ({ value: o.value, label: `${o.value} ${pick(o.label)}` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item name="tag" label={t('search.tag')}>
            <Select allowClear placeholder={t('search.any')} options={QUALIFICATION_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="search-submit">
          {t('search.submit')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('search.reset')}
        </Button>
      </Space>
    </Form>
  );
}
