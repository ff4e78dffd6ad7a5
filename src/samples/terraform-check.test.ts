import { describe, expect, test } from 'vitest';
import { hclOutline } from './hcl-outline.ts';
import { AWS_PROVIDER_SCHEMA, checkTerraform, parseTerraform } from './terraform-check.ts';

/** A small configuration that uses what the samples use: count, splats, a dynamic block, a for expression, data sources. */
const GOOD = `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.25.0"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = { Project = "demo" }
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

locals {
  name = "demo"
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = local.name }
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
}

resource "aws_security_group" "alb" {
  name   = "\${local.name}-alb" # a comment
  vpc_id = aws_vpc.main.id
  dynamic "ingress" {
    for_each = [80, 443]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [for subnet in aws_subnet.private : subnet.cidr_block]
    }
  }
  lifecycle {
    ignore_changes = [tags]
  }
}

resource "aws_lb" "demo" {
  internal        = true
  subnets         = aws_subnet.private[*].id
  security_groups = [aws_security_group.alb.id]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.demo.arn
  port              = 80
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      message_body = <<-EOT
        ok from \${aws_lb.demo.dns_name}
      EOT
    }
  }
}

output "url" {
  value = "http://\${aws_lb.demo.dns_name}/"
}
`;

/** The problems of GOOD with one part replaced. */
async function problemsWith(search: string, replacement: string): Promise<string[]> {
	expect(GOOD).toContain(search);
	return checkTerraform(GOOD.replace(search, replacement), 'demo.tf');
}

describe('checkTerraform', () => {
	test('a correct configuration has no problems', async () => {
		expect(await checkTerraform(GOOD, 'demo.tf')).toEqual([]);
	});

	test('an HCL syntax error names the file and line', async () => {
		expect(await problemsWith('  port              = 80\n', '  port              = \n')).toEqual([
			'demo.tf:67: HCL syntax error: Invalid expression: Expected the start of an expression, but found an invalid expression token.',
		]);
	});

	test('an unknown resource type is reported, with the nearest known one', async () => {
		expect(await problemsWith('resource "aws_vpc" "main"', 'resource "aws_vpcc" "main"')).toContain(
			'demo.tf:30: aws_vpcc.main: resource type "aws_vpcc" is not in the hashicorp/aws 6.25.0 schema extract (did you mean "aws_vpc"?); if it is real, add it to scripts/terraform-schema.ts',
		);
	});

	test('an unknown data source type is reported', async () => {
		expect(await problemsWith('data "aws_availability_zones" "available"', 'data "aws_zones" "available"')).toEqual([
			'demo.tf:26: data.aws_zones.available: data source type "aws_zones" is not in the hashicorp/aws 6.25.0 schema extract; if it is real, add it to scripts/terraform-schema.ts',
			'demo.tf:39: aws_subnet.private: reference to undeclared data source data.aws_availability_zones.available',
		]);
	});

	test('an unknown argument is reported with its resource and line', async () => {
		expect(await problemsWith('  internal        = true', '  internl         = true')).toEqual(['demo.tf:60: aws_lb.demo: unknown argument "internl" (did you mean "internal"?)']);
	});

	test('an unknown nested block, and an unknown argument inside a nested block, are reported', async () => {
		expect(await problemsWith('    fixed_response {', '    fixed_respons {')).toEqual([
			'demo.tf:70: aws_lb_listener.http: in default_action: unknown block "fixed_respons" (did you mean "fixed_response"?)',
		]);
		expect(await problemsWith('      content_type = "text/plain"', '      contnt_type = "text/plain"')).toEqual([
			'demo.tf:70: aws_lb_listener.http: in default_action.fixed_response: missing required argument "content_type"',
			'demo.tf:71: aws_lb_listener.http: in default_action.fixed_response: unknown argument "contnt_type" (did you mean "content_type"?)',
		]);
	});

	test('a missing required argument or block is reported at its block', async () => {
		expect(await problemsWith('  load_balancer_arn = aws_lb.demo.arn\n', '')).toEqual(['demo.tf:65: aws_lb_listener.http: missing required argument "load_balancer_arn"']);
		expect(await problemsWith('    type = "fixed-response"\n', '')).toEqual(['demo.tf:68: aws_lb_listener.http: in default_action: missing required argument "type"']);
	});

	test('a block written as an argument, and an argument written as a block, are reported', async () => {
		const problems = await problemsWith('  port              = 80\n', '  port              = 80\n  mutual_authentication = {}\n  tags {\n  }\n');
		expect(problems).toEqual([
			'demo.tf:68: aws_lb_listener.http: "mutual_authentication" is a block, not an argument: write mutual_authentication { … }',
			'demo.tf:69: aws_lb_listener.http: "tags" is an argument, not a block: write tags = …',
		]);
	});

	test('a dangling reference is reported', async () => {
		expect(await problemsWith('[aws_security_group.alb.id]', '[aws_security_group.alb_sg.id]')).toEqual([
			'demo.tf:62: aws_lb.demo: reference to undeclared resource aws_security_group.alb_sg (did you mean aws_security_group.alb?)',
		]);
		expect(await problemsWith('region = var.region', 'region = var.regoin')).toEqual([
			'demo.tf:11: provider "aws": reference to undeclared variable var.regoin (did you mean "region"?)',
		]);
		expect(await problemsWith('{ Name = local.name }', '{ Name = local.nam }')).toEqual([
			'demo.tf:32: aws_vpc.main: reference to undeclared local value local.nam (did you mean "name"?)',
		]);
	});

	test('a reference to an attribute the type does not have is reported, also inside strings and heredocs', async () => {
		expect(await problemsWith('aws_lb.demo.arn', 'aws_lb.demo.arm')).toEqual(['demo.tf:66: aws_lb_listener.http: aws_lb.demo has no attribute "arm" (did you mean "arn"?)']);
		expect(await problemsWith('ok from ${aws_lb.demo.dns_name}', 'ok from ${aws_lb.demo.dns}')).toEqual([
			'demo.tf:73: aws_lb_listener.http: aws_lb.demo has no attribute "dns" (did you mean "dns_name"?)',
		]);
		expect(await problemsWith('data.aws_availability_zones.available.names', 'data.aws_availability_zones.available.name')).toEqual([
			'demo.tf:39: aws_subnet.private: data.aws_availability_zones.available has no attribute "name" (did you mean "names"?)',
		]);
	});

	test('count, each and indexes are held to where they exist', async () => {
		expect(await problemsWith('aws_subnet.private[*].id', 'aws_subnet.private.id')).toEqual([
			'demo.tf:61: aws_lb.demo: aws_subnet.private has count or for_each: read id from one instance (aws_subnet.private[…].id) or all of them (aws_subnet.private[*].id)',
		]);
		expect(await problemsWith('vpc_id = aws_vpc.main.id\n  dynamic', 'vpc_id = aws_vpc.main[0].id\n  dynamic')).toEqual([
			'demo.tf:44: aws_security_group.alb: aws_vpc.main has no count or for_each, so it takes no index',
		]);
		expect(await problemsWith('{ Name = local.name }', '{ Name = "${local.name}-${count.index}-${each.key}" }')).toEqual([
			'demo.tf:32: aws_vpc.main: count.index is used where there is no count',
			'demo.tf:32: aws_vpc.main: each.key is used where there is no for_each',
		]);
	});

	test('meta-arguments and Terraform blocks are allowed; unknown top-level blocks are not', async () => {
		const extra = `
resource "aws_eip" "nat" {
  for_each   = toset(["a"])
  domain     = "vpc"
  depends_on = [aws_vpc.main]
  tags       = { Zone = each.key }
  lifecycle {
    create_before_destroy = true
    precondition {
      condition     = each.value != ""
      error_message = "empty"
    }
  }
}

modul "x" {
}
`;
		expect(await checkTerraform(GOOD + extra, 'demo.tf')).toEqual([
			'demo.tf:97: unknown top-level block "modul"; this checker knows terraform, provider, variable, locals, data, resource, output',
		]);
	});
});

describe('parseTerraform', () => {
	test('gives hcl2json values and the outline with lines', async () => {
		const { json, items } = await parseTerraform(GOOD, 'demo.tf');
		expect(json.resource.aws_lb_listener.http[0].load_balancer_arn).toBe('${aws_lb.demo.arn}');
		expect(json.resource.aws_lb_listener.http[0].default_action[0].type).toBe('fixed-response');
		const listener = items.find((item) => item.kind === 'block' && item.labels[1] === 'http');
		expect(listener).toMatchObject({ kind: 'block', type: 'resource', labels: ['aws_lb_listener', 'http'], line: 65 });
	});
});

describe('hclOutline', () => {
	test('tells blocks from arguments, keeps expressions as written and skips strings, heredocs and comments', () => {
		const text = 'a = { b = "}" } # c\nd "e" f { g = 1 }\nh = <<EOT\n}\nEOT\n/* i = 2 */\nj = [\n  1, # k\n]\n';
		expect(hclOutline(text)).toEqual([
			{ kind: 'attribute', name: 'a', line: 1, expression: '{ b = "}" }', expressionLine: 1 },
			{ kind: 'block', type: 'd', labels: ['e', 'f'], line: 2, body: [{ kind: 'attribute', name: 'g', line: 2, expression: '1', expressionLine: 2 }] },
			{ kind: 'attribute', name: 'h', line: 3, expression: '<<EOT\n}\nEOT', expressionLine: 3 },
			{ kind: 'attribute', name: 'j', line: 7, expression: '[\n  1, # k\n]', expressionLine: 7 },
		]);
	});
});

describe('AWS_PROVIDER_SCHEMA', () => {
	test('comes from hashicorp/aws 6.25.0 and knows the names cdktf renames', () => {
		expect(AWS_PROVIDER_SCHEMA.generatedFrom).toMatchObject({ package: '@cdktf/provider-aws@21.22.1', provider: 'hashicorp/aws', version: '6.25.0' });
		const { resources } = AWS_PROVIDER_SCHEMA;
		expect(resources.aws_api_gateway_integration!.arguments.integration_target).toEqual({ required: false });
		expect(resources.aws_vpc_security_group_ingress_rule!.arguments.cidr_ipv4).toEqual({ required: false });
		expect(resources.aws_subnet!.arguments.ipv6_cidr_block).toEqual({ required: false });
		expect(resources.aws_apigatewayv2_vpc_link!.arguments.security_group_ids).toEqual({ required: true });
		expect(resources.aws_lb_listener!.blocks.default_action).toMatchObject({ minItems: 1 });
		expect(resources.aws_lb_listener!.blocks.default_action!.maxItems).toBeUndefined();
		expect(resources.aws_api_gateway_integration!.blocks.tls_config).toMatchObject({ minItems: 0, maxItems: 1 });
		expect(resources.aws_lb!.attributes).toContain('dns_name');
	});
});
