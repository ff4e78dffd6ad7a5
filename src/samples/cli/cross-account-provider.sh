#!/usr/bin/env bash
# Cross-account, provider side (account 222222222222): internal Network Load Balancer -> ECS
# Fargate service "orders", published as a VPC endpoint service (AWS PrivateLink).
#
# A VPC link cannot reach a load balancer in another account, so the provider shares its service
# through PrivateLink instead, and the API account (cross-account-consumer.sh) connects to it with
# an interface endpoint. Run this first, with AWS CLI v2 and credentials for the provider account.
set -euo pipefail

# ---- Your values ------------------------------------------------------------------------------
# Placeholders: replace them. The VPC and its private subnets must exist already, and the subnets
# need a route to the internet (a NAT gateway, for example) so that Fargate can pull the nginx
# image from the public ECR gallery.
REGION=us-east-1
VPC_ID=vpc-0222222222222222a
SUBNET_IDS=(subnet-0222222222222222b subnet-0222222222222222c)
NAME=orders
# The account that runs the API and connects to this service.
CONSUMER_ACCOUNT_ID=111111111111

# Every command below goes to this Region.
export AWS_DEFAULT_REGION="$REGION"
# ECS wants the subnets as one comma-separated list inside its network configuration.
SUBNETS_CSV=$(IFS=,; echo "${SUBNET_IDS[*]}")

# ---- 1. Security groups -----------------------------------------------------------------------
# The consumer's requests reach the NLB as PrivateLink traffic. Step 2 turns off inbound-rule
# evaluation for that traffic, so the NLB's group needs no inbound rule; the tasks accept port 80
# from the NLB's group only. New groups allow all outbound traffic.
NLB_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-nlb" \
	--description "Internal NLB behind the $NAME endpoint service" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)
TASK_SG=$(aws ec2 create-security-group \
	--group-name "$NAME-tasks" \
	--description "Fargate tasks of $NAME" \
	--vpc-id "$VPC_ID" \
	--query GroupId --output text)

aws ec2 authorize-security-group-ingress \
	--group-id "$TASK_SG" \
	--ip-permissions "IpProtocol=tcp,FromPort=80,ToPort=80,UserIdGroupPairs=[{GroupId=$NLB_SG}]" >/dev/null

# ---- 2. Internal NLB, target group and listener -----------------------------------------------
# An endpoint service needs a Network Load Balancer (or a Gateway Load Balancer); an ALB cannot
# be published directly.
NLB_ARN=$(aws elbv2 create-load-balancer \
	--name "$NAME-nlb" \
	--type network \
	--scheme internal \
	--subnets "${SUBNET_IDS[@]}" \
	--security-groups "$NLB_SG" \
	--query 'LoadBalancers[0].LoadBalancerArn' --output text)

# With inbound rules enforced, PrivateLink traffic would be checked against the consumer's
# private addresses, which this account does not know. Who may connect is decided by the endpoint
# service's allowed principals (step 4) instead.
aws elbv2 set-security-groups \
	--load-balancer-arn "$NLB_ARN" \
	--security-groups "$NLB_SG" \
	--enforce-security-group-inbound-rules-on-private-link-traffic off >/dev/null

# Fargate tasks register by IP address.
TG_ARN=$(aws elbv2 create-target-group \
	--name "$NAME-tasks" \
	--protocol TCP \
	--port 80 \
	--vpc-id "$VPC_ID" \
	--target-type ip \
	--health-check-protocol HTTP \
	--health-check-path / \
	--query 'TargetGroups[0].TargetGroupArn' --output text)

aws elbv2 create-listener \
	--load-balancer-arn "$NLB_ARN" \
	--protocol TCP \
	--port 80 \
	--default-actions "Type=forward,TargetGroupArn=$TG_ARN" >/dev/null

aws elbv2 wait load-balancer-available --load-balancer-arns "$NLB_ARN"

# ---- 3. ECS Fargate service --------------------------------------------------------------------
aws ecs create-cluster --cluster-name "$NAME" >/dev/null

# No task execution role: the image is public and no logs are shipped. A real service
# usually adds one, with a log configuration.
TASK_DEFINITION_ARN=$(aws ecs register-task-definition \
	--family "$NAME" \
	--requires-compatibilities FARGATE \
	--network-mode awsvpc \
	--cpu 256 \
	--memory 512 \
	--container-definitions '[{
		"name": "web",
		"image": "public.ecr.aws/nginx/nginx:latest",
		"essential": true,
		"portMappings": [{ "containerPort": 80, "protocol": "tcp" }]
	}]' \
	--query 'taskDefinition.taskDefinitionArn' --output text)

aws ecs create-service \
	--cluster "$NAME" \
	--service-name "$NAME" \
	--task-definition "$TASK_DEFINITION_ARN" \
	--desired-count 2 \
	--launch-type FARGATE \
	--network-configuration "awsvpcConfiguration={subnets=[$SUBNETS_CSV],securityGroups=[$TASK_SG],assignPublicIp=DISABLED}" \
	--load-balancers "targetGroupArn=$TG_ARN,containerName=web,containerPort=80" >/dev/null

aws ecs wait services-stable --cluster "$NAME" --services "$NAME"

# ---- 4. VPC endpoint service -------------------------------------------------------------------
# --no-acceptance-required lets an allowed principal's endpoint connect at once. With
# --acceptance-required instead, every new endpoint waits until this account accepts it.
#region endpoint-service
SERVICE_ID=$(aws ec2 create-vpc-endpoint-service-configuration \
	--network-load-balancer-arns "$NLB_ARN" \
	--no-acceptance-required \
	--query ServiceConfiguration.ServiceId --output text)

# Only the consumer account may create endpoints to this service.
aws ec2 modify-vpc-endpoint-service-permissions \
	--service-id "$SERVICE_ID" \
	--add-allowed-principals "arn:aws:iam::$CONSUMER_ACCOUNT_ID:root" >/dev/null
#endregion

# ---- 5. What to hand to the consumer -----------------------------------------------------------
# The consumer needs the service name. Availability Zone names such as us-east-1a can map to
# different physical zones in accounts created before November 2025, so compare zone IDs: the
# consumer's subnets must be in zones where this NLB has a subnet.
SERVICE_NAME=$(aws ec2 describe-vpc-endpoint-service-configurations \
	--service-ids "$SERVICE_ID" \
	--query 'ServiceConfigurations[0].ServiceName' --output text)
ZONE_IDS=$(aws ec2 describe-subnets \
	--subnet-ids "${SUBNET_IDS[@]}" \
	--query 'Subnets[].AvailabilityZoneId' --output text)
echo "Endpoint service name: $SERVICE_NAME"
echo "Availability Zone IDs: $ZONE_IDS"

# ---- 6. Test -----------------------------------------------------------------------------------
# The NLB is reachable only from inside this VPC or through the endpoint service; the end-to-end
# test runs in the consumer account. Here, check that the tasks pass their health checks.
aws elbv2 describe-target-health \
	--target-group-arn "$TG_ARN" \
	--query 'TargetHealthDescriptions[].[Target.Id, TargetHealth.State]' --output text

# ---- Clean up ----------------------------------------------------------------------------------
# Deletes what this script created, newest first. Ask the consumer to delete its endpoint first:
# an endpoint service with connected endpoints cannot be deleted. To use it, remove the "#" in
# front of the last line.
delete_security_group() {
	# Network interfaces of deleted load balancers and stopped tasks go away a little later;
	# until then the group is still in use, so try again for a few minutes.
	for attempt in 1 2 3 4 5 6 7 8 9 10; do
		if aws ec2 delete-security-group --group-id "$1" 2>/dev/null; then
			return 0
		fi
		echo "Security group $1 is still in use (attempt $attempt); retrying in 30 seconds." >&2
		sleep 30
	done
	return 1
}

cleanup() {
	aws ec2 delete-vpc-endpoint-service-configurations --service-ids "$SERVICE_ID" >/dev/null
	aws ecs delete-service --cluster "$NAME" --service "$NAME" --force >/dev/null
	aws ecs wait services-inactive --cluster "$NAME" --services "$NAME"
	aws ecs deregister-task-definition --task-definition "$TASK_DEFINITION_ARN" >/dev/null
	aws ecs delete-cluster --cluster "$NAME" >/dev/null
	aws elbv2 delete-load-balancer --load-balancer-arn "$NLB_ARN"
	aws elbv2 wait load-balancers-deleted --load-balancer-arns "$NLB_ARN"
	aws elbv2 delete-target-group --target-group-arn "$TG_ARN"
	delete_security_group "$TASK_SG"
	delete_security_group "$NLB_SG"
}

# cleanup
